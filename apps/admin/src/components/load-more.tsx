"use client";

import { ErrorState, useT } from "@o2o/client";
import type { CursorPages } from "./use-cursor-pages";

/** The foot of a paged list: "showing n of total", and a button for the next page while there is one. */
export function LoadMore({ pages }: { pages: CursorPages<unknown> }) {
  const t = useT();
  if (pages.items.length === 0) return null;
  const busy = pages.status === "loading-more" || pages.status === "loading";
  return (
    <footer className="table-footer">
      <span className="muted" aria-live="polite">
        {t("list.shown", { shown: pages.items.length, total: pages.totalCount ?? pages.items.length })}
      </span>
      {pages.status === "error" && pages.error ? <ErrorState error={pages.error} onRetry={pages.retry} /> : null}
      {pages.hasNextPage && pages.status !== "error" ? (
        <button type="button" className="btn btn-secondary" onClick={pages.loadMore} disabled={busy}>
          {pages.status === "loading-more" ? <span className="spinner spinner-sm" aria-hidden="true" /> : null}
          {t(pages.status === "loading-more" ? "list.loadingMore" : "common.loadMore")}
        </button>
      ) : null}
    </footer>
  );
}
