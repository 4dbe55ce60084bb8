import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { selectedFields } from "./product-cards.ts";

/** The resolve info of the operation's first root field, as graphql-js hands it to the resolver. */
function infoOf(query: string): Pick<GraphQLResolveInfo, "fieldNodes" | "fragments"> {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const root = op?.selectionSet.selections[0];
  if (!root || root.kind !== Kind.FIELD) throw new Error("no root field");
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [root], fragments };
}

describe("selectedFields", () => {
  it("reads a plain selection under a path", () => {
    const info = infoOf(`{ shopSearch(input: {}) { totalCount products { id name variants { id } } } }`);
    expect([...selectedFields(info, ["products"])].sort()).toEqual(["id", "name", "variants"]);
    expect([...selectedFields(info, [])].sort()).toEqual(["products", "totalCount"]);
  });

  it("follows fragment spreads and inline fragments, including nested ones", () => {
    const info = infoOf(`
      query { shopSearch(input: {}) { products { ...Card ... on Product { category { id } } } } }
      fragment Card on Product { id ...Price }
      fragment Price on Product { variants { basePrice } }`);
    expect([...selectedFields(info, ["products"])].sort()).toEqual(["category", "id", "variants"]);
  });

  it("is empty when the path is not selected", () => {
    expect(selectedFields(infoOf(`{ shopSearch(input: {}) { totalCount } }`), ["products"]).size).toBe(0);
  });
});
