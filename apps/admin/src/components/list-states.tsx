"use client";

import { EmptyState, ErrorState, LoadingState } from "@o2o/client";
import type { CombinedError } from "urql";

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
