import { Max, Min } from "class-validator";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { invalidField } from "../errors/api-errors.ts";

@ObjectType({ description: "Relay page info." })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "Page size, 1 to 100." })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of the previous page." })
  after?: string | null;
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A getter: the COUNT query runs only when a client selects totalCount (type-graphql reads fields, never calls them). */
  readonly totalCount: Promise<number>;
};

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType()
  abstract class ConnectionBase {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: "Number of nodes matching the filters, across all pages." }) totalCount!: number;
  }
  return ConnectionBase;
}

export const encodeCursor = (id: string) => Buffer.from(`c:${id}`, "utf8").toString("base64url");

export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  if (!raw.startsWith("c:") || raw.length < 3 || raw.length > 100) throw invalidField("after", "The cursor is not valid.");
  return raw.slice(2);
}

/**
 * Keyset pagination over any Prisma model ordered by (sort field, id): fetches first+1 rows after the cursor row.
 * The caller's orderBy must end with `{ id }` so the order is total.
 */
export async function paginate<T extends { id: string }>(
  args: PageArgs,
  fetch: (page: { take: number; cursor?: { id: string }; skip?: number }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const afterId = args.after ? decodeCursor(args.after) : undefined;
  const rows = await fetch({ take: args.first + 1, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}) });
  const hasNextPage = rows.length > args.first;
  const page = hasNextPage ? rows.slice(0, args.first) : rows;
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(afterId),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return count();
    },
  };
}
