"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type AnyVariables, type CombinedError, type TypedDocumentNode, useClient } from "urql";
import { type ConnectionPage, EMPTY_LIST, type PagedList, withPage } from "../lib/cursor-pages";

/** The largest page the API serves. */
const MAX_PAGE = 100;

type PageVariables = { first?: number | null; after?: string | null };

export type CursorPages<N> = PagedList<N> & {
  status: "loading" | "ready" | "loading-more" | "error";
  error: CombinedError | null;
  /** The first page has arrived (for the current variables). */
  loaded: boolean;
  /** Appends the next page. */
  loadMore: () => void;
  /** Reads again as many rows as are shown (after a change to one of them), keeping the list's length. */
  refresh: () => void;
  /** Repeats what failed: the next page when some are shown, else the first. */
  retry: () => void;
};

/**
 * A list fed by a cursor connection, a page at a time: new variables start over (answers to older ones are dropped;
 * the rows shown stay until the new first page replaces them),
 * `loadMore` follows `endCursor`, so any number of rows can be reached without the API's 100-row page limit showing.
 */
export function useCursorPages<Data, Vars extends AnyVariables & PageVariables, N extends { id: string }>(options: {
  query: TypedDocumentNode<Data, Vars>;
  variables: Omit<Vars, "first" | "after">;
  connection: (data: Data) => ConnectionPage<N>;
  pageSize?: number;
  pause?: boolean;
}): CursorPages<N> {
  const { query, pageSize = 30, pause = false } = options;
  const client = useClient();
  const [list, setList] = useState<PagedList<N>>(EMPTY_LIST);
  const [status, setStatus] = useState<CursorPages<N>["status"]>("loading");
  const [error, setError] = useState<CombinedError | null>(null);
  const [loaded, setLoaded] = useState(false);
  const generation = useRef(0);
  const connection = useRef(options.connection);
  connection.current = options.connection;
  const key = JSON.stringify(options.variables);

  const fetchPage = useCallback(
    async (after: string | null, first: number) => {
      const variables = { ...(JSON.parse(key) as object), first, after } as unknown as Vars;
      const result = await client.query(query, variables, { requestPolicy: "network-only" }).toPromise();
      return { page: result.data ? connection.current(result.data) : null, error: result.error ?? null };
    },
    [client, query, key],
  );

  /** Reads from the start until `rows` rows are in (or the list ends), then shows them at once. */
  const load = useCallback(
    async (rows: number, mode: "start" | "refresh") => {
      const gen = ++generation.current;
      // New variables: the rows shown stay until the first page for them arrives (no flash of an empty list, and a
      // dialog open on a row that is in the new list too stays open).
      if (mode === "start") setLoaded(false);
      setStatus("loading");
      let next: PagedList<N> = EMPTY_LIST;
      do {
        const { page, error: failure } = await fetchPage(next.endCursor, Math.min(MAX_PAGE, Math.max(pageSize, rows - next.items.length)));
        if (gen !== generation.current) return;
        if (!page) {
          if (mode === "start") setList(EMPTY_LIST); // not rows of other variables under the error
          setStatus("error");
          setError(failure);
          return;
        }
        next = withPage(next, page, next.items.length > 0);
      } while (next.hasNextPage && next.items.length < rows);
      setList(next);
      setStatus("ready");
      setError(null);
      setLoaded(true);
    },
    [fetchPage, pageSize],
  );

  const loadMore = useCallback(async () => {
    if (!list.endCursor) return;
    const gen = generation.current;
    setStatus("loading-more");
    const { page, error: failure } = await fetchPage(list.endCursor, pageSize);
    if (gen !== generation.current) return;
    if (!page) {
      setStatus("error");
      setError(failure);
      return;
    }
    setList((shown) => withPage(shown, page, true));
    setStatus("ready");
    setError(null);
  }, [fetchPage, list.endCursor, pageSize]);

  useEffect(() => {
    if (!pause) void load(pageSize, "start");
  }, [load, pageSize, pause]);

  return {
    ...list,
    status,
    error,
    loaded,
    loadMore: () => void loadMore(),
    refresh: () => void load(Math.max(pageSize, list.items.length), "refresh"),
    retry: () => void (loaded && list.items.length > 0 ? loadMore() : load(pageSize, "start")),
  };
}
