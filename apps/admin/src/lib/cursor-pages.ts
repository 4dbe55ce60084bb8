/** One page of a Relay connection as the admin's list queries select it. */
export type ConnectionPage<N> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: N }[];
};

export type PagedList<N> = { items: N[]; totalCount: number | null; endCursor: string | null; hasNextPage: boolean };

export const EMPTY_LIST: PagedList<never> = { items: [], totalCount: null, endCursor: null, hasNextPage: false };

/**
 * The list after a page arrives: the first page (`appending` false) replaces it, a later one is appended. A row that
 * moved up while paging (a new order, an edited product) and so arrives twice is kept once, where it was first shown.
 */
export function withPage<N extends { id: string }>(list: PagedList<N>, page: ConnectionPage<N>, appending: boolean): PagedList<N> {
  const before = appending ? list.items : [];
  const seen = new Set(before.map((n) => n.id));
  const fresh = page.edges.map((e) => e.node).filter((n) => !seen.has(n.id) && Boolean(seen.add(n.id)));
  return {
    items: [...before, ...fresh],
    totalCount: page.totalCount,
    endCursor: page.pageInfo.endCursor ?? null,
    hasNextPage: page.pageInfo.hasNextPage,
  };
}
