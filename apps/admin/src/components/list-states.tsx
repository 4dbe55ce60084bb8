"use client";

import { EmptyState, ErrorState, LoadingState } from "@o2o/client";
import type { CombinedError } from "urql";
import type { CursorPages } from "./use-cursor-pages";

/** The error, first-load and empty states of a list fed by one query: `loaded` once data has arrived. */
export function ListStates({
  error,
  loaded,
  fetching,
  empty,
  emptyTitle,
  onRetry,
}: {
  error: CombinedError | undefined;
  loaded: boolean;
  fetching: boolean;
  empty: boolean;
  emptyTitle: string;
  onRetry: () => void;
}) {
  return (
    <>
      {error && !loaded ? <ErrorState error={error} onRetry={onRetry} /> : null}
      {!loaded && fetching ? <LoadingState /> : null}
      {loaded && empty ? <EmptyState title={emptyTitle} /> : null}
    </>
  );
}

/**
 * The same states for a list fed by useCursorPages (a failed later page is shown by LoadMore instead). While new
 * filters load, the rows shown stay in place rather than giving way to a loading line.
 */
export function PagedListStates({ pages, emptyTitle }: { pages: CursorPages<unknown>; emptyTitle: string }) {
  return (
    <ListStates
      error={pages.error ?? undefined}
      loaded={pages.loaded}
      fetching={pages.status === "loading" && pages.items.length === 0}
      empty={pages.items.length === 0}
      emptyTitle={emptyTitle}
      onRetry={pages.retry}
    />
  );
}
