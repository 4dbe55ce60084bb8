// Loading a page of products for product cards (search results, "often bought together") in one round of queries.
// The Product field resolvers (variants, category) read through the request's DataLoaders, which would otherwise
// wait for the products before asking for their variants and categories: a second round trip on every search.
// Here the three reads go out together (each is exactly the query its loader would have run) and prime the loaders.

import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../../context.ts";
import type { Product } from "../catalog/catalog.types.ts";

type Fragments = GraphQLResolveInfo["fragments"];

/** The sub-fields selected under `path` (through fragments and inline fragments), e.g. ["products"] → variants, … */
export function selectedFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path)
    level = fieldsOf(level, info.fragments).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));
  return new Set(fieldsOf(level, info.fragments).map((f) => f.name.value));
}

function fieldsOf(sets: SelectionSetNode[], fragments: Fragments, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf([s.selectionSet], fragments, seen));
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments[s.name.value];
        if (fragment) out.push(...fieldsOf([fragment.selectionSet], fragments, seen));
      }
    }
  }
  return out;
}

/**
 * The active products among `ids`, in that order. `fields` are the Product fields the client selected: variants and
 * category are read in the same round as the products and primed into the loaders their field resolvers use.
 */
export async function productCards(ctx: Context, ids: string[], fields: Set<string>): Promise<Product[]> {
  if (ids.length === 0) return [];
  const { db, loaders } = ctx;
  const [products, variants, categories] = await Promise.all([
    Promise.all(ids.map((id) => loaders.product.load(id))),
    fields.has("variants") ? db.variant.findMany({ where: { productId: { in: ids } }, orderBy: [{ sku: "asc" }] }) : null,
    fields.has("category") ? db.category.findMany({ where: { products: { some: { id: { in: ids } } } } }) : null,
  ]);
  if (variants) {
    const byProduct = new Map<string, typeof variants>(ids.map((id) => [id, []]));
    for (const v of variants) byProduct.get(v.productId)?.push(v);
    for (const [id, list] of byProduct) loaders.variantsByProduct.prime(id, list);
  }
  if (categories) for (const c of categories) loaders.category.prime(c.id, c);
  return products.filter((p): p is NonNullable<typeof p> => p != null && p.status === "ACTIVE") as unknown as Product[];
}
