"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type CombinedError, useClient } from "urql";
import { PRODUCTS_QUERY, type ProductNode } from "./products-query";

const PAGE_SIZE = 20;

type PagesState = {
  items: ProductNode[];
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
  status: "loading" | "ready" | "loading-more" | "error";
  error: CombinedError | null;
};

const INITIAL: PagesState = { items: [], totalCount: null, endCursor: null, hasNextPage: false, status: "loading", error: null };

/** Products matching `search`, a page at a time: a new search starts over, `loadMore` appends the next page. */
export function useProductPages(search: string) {
  const client = useClient();
  const [state, setState] = useState<PagesState>(INITIAL);
  // Answers to an older search arrive late sometimes; only the latest generation may write.
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const gen = after ? generation.current : ++generation.current;
      setState((s) => (after ? { ...s, status: "loading-more", error: null } : INITIAL));
      const result = await client
        .query(PRODUCTS_QUERY, { first: PAGE_SIZE, after, search: search || null }, { requestPolicy: "network-only" })
        .toPromise();
      if (gen !== generation.current) return;
      const page = result.data?.products;
      if (!page) {
        setState((s) => ({ ...s, status: "error", error: result.error ?? null }));
        return;
      }
      setState((s) => {
        const seen = new Set(after ? s.items.map((p) => p.id) : []);
        const fresh = page.edges.map((e) => e.node).filter((p) => !seen.has(p.id));
        return {
          items: after ? [...s.items, ...fresh] : fresh,
          totalCount: page.totalCount,
          endCursor: page.pageInfo.endCursor,
          hasNextPage: page.pageInfo.hasNextPage,
          status: "ready",
          error: null,
        };
      });
    },
    [client, search],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    ...state,
    loadMore: () => (state.endCursor ? load(state.endCursor) : undefined),
    /** Repeats what failed: the next page when some are shown, else the first. */
    retry: () => load(state.items.length > 0 ? state.endCursor : null),
  };
}
