import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import type { ComplexityEstimator, getComplexity as GetComplexity } from "graphql-query-complexity";
import { ErrorCode } from "../errors/error-codes.ts";

// The package's ESM build imports graphql/index.mjs, a second graphql realm next to the index.js everything else uses
// ("Cannot use GraphQLObjectType from another module or realm"); its CommonJS build requires the same graphql.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as { getComplexity: typeof GetComplexity };

/** Validation rule: rejects operations nested deeper than `max` fields (fragments expanded, introspection included). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set || depth > max) return depth;
      let deepest = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          deepest = Math.max(deepest, sel.selectionSet ? depthOf(sel.selectionSet, depth + 1, seen) : depth);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet, depth, seen));
        } else {
          const name = sel.name.value;
          if (seen.has(name)) continue;
          const frag = fragments.get(name);
          deepest = Math.max(deepest, depthOf(frag?.selectionSet, depth, new Set([...seen, name])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is nested more than ${max} levels deep; the limit is ${max}.`, {
              nodes: [node],
              extensions: { code: ErrorCode.QUERY_TOO_DEEP, maxDepth: max },
            }),
          );
        }
      },
    };
  };
}

/** Each field costs 1 plus its children; a list field with `first` multiplies its children by that page size. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === "number" ? args.first : typeof args.limit === "number" ? args.limit : 1;
  return 1 + childComplexity * Math.max(1, first);
};

/**
 * What a cost depends on besides the document: the operation and the numbers among the variables (only a top-level
 * variable can feed a `first:` argument). A till's sale has none, so its cost is computed once per document.
 */
function costKey(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  const numbers = Object.entries(variables ?? {}).filter(([, v]) => typeof v === "number" || v === null);
  return `${operationName ?? ""}|${JSON.stringify(numbers)}`;
}

/** Apollo plugin: rejects operations whose estimated cost exceeds `max`, before any resolver runs. */
export function complexityLimit(schema: () => GraphQLSchema, max: number): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same query text.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let known = costs.get(document);
          if (!known) {
            known = new Map();
            costs.set(document, known);
          }
          const key = costKey(request.operationName, request.variables);
          let complexity = known.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema: schema(),
              query: document,
              operationName: request.operationName,
              variables: request.variables ?? {},
              estimators: [pageSizeEstimator],
            });
            if (known.size < 64) known.set(key, complexity);
          }
          if (complexity > max) {
            throw new GraphQLError(`The query costs ${complexity}; the limit is ${max}. Ask for fewer fields or smaller pages.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, complexity, maxComplexity: max },
            });
          }
        },
      };
    },
  };
}
