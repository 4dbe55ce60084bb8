"use client";

import { AdminProductsDocument, type AdminProductsQuery, type ProductFilter, type ProductSort } from "@o2o/schema";
import { useCallback, useEffect, useRef, useState } from "react";
import { type CombinedError, useClient } from "urql";

const PAGE_SIZE = 20;

export type ProductNode = AdminProductsQuery["products"]["edges"][number]["node"];

type PagesState = {
  items: ProductNode[];
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
  status: "loading" | "ready" | "loading-more" | "error";
  error: CombinedError | null;
};

const INITIAL: PagesState = { items: [], totalCount: null, endCursor: null, hasNextPage: false, status: "loading", error: null };

/** Lowest and highest base price of a product's variants, in 分; null without variants. */
export function priceRange(product: ProductNode): { min: number; max: number } | null {
  if (product.variants.length === 0) return null;
  const prices = product.variants.map((v) => v.basePrice);
  return { min: Math.min(...prices), max: Math.max(...prices) };
}

/** Products matching the filter, a page at a time: a new filter starts over, `loadMore` appends the next page. */
export function useProductPages(filter: ProductFilter, sort: ProductSort | null) {
  const client = useClient();
  const [state, setState] = useState<PagesState>(INITIAL);
  // Answers to an older search arrive late sometimes; only the latest generation may write.
  const generation = useRef(0);
  const key = JSON.stringify([filter, sort]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for filter and sort by value.
  const load = useCallback(
    async (after: string | null) => {
      const gen = after ? generation.current : ++generation.current;
      setState((s) => (after ? { ...s, status: "loading-more", error: null } : INITIAL));
      const result = await client
        .query(AdminProductsDocument, { first: PAGE_SIZE, after, filter, sort }, { requestPolicy: "network-only" })
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
    [client, key],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    ...state,
    loadMore: () => (state.endCursor ? load(state.endCursor) : undefined),
    reload: () => load(null),
    /** Repeats what failed: the next page when some are shown, else the first. */
    retry: () => load(state.items.length > 0 ? state.endCursor : null),
  };
}
