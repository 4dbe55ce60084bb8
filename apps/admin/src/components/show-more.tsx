"use client";

import { useT } from "@o2o/client";
import { useState } from "react";

/** Page size steps for lists that grow in place: the API serves at most 100 rows a page. */
export const PAGE_STEP = 30;
export const PAGE_MAX = 100;

/** How many rows a growing list asks for, and `more()` to ask for the next step (up to PAGE_MAX). */
export function usePageLimit() {
  const [limit, setLimit] = useState(PAGE_STEP);
  return { limit, more: () => setLimit((l) => Math.min(PAGE_MAX, l + PAGE_STEP)) };
}

/** "Showing n of total" with a button for the next rows, or a hint to filter once the page is full. */
export function ShowMore({
  shown,
  total,
  limit,
  onMore,
  busy,
}: {
  shown: number;
  total: number;
  limit: number;
  onMore: () => void;
  busy: boolean;
}) {
  const t = useT();
  if (shown === 0) return null;
  return (
    <footer className="table-footer">
      <span className="muted" aria-live="polite">
        {t("catalog.shown", { shown, total })}
      </span>
      {shown < total ? (
        limit < PAGE_MAX ? (
          <button type="button" className="btn btn-secondary" onClick={onMore} disabled={busy}>
            {t("common.loadMore")}
          </button>
        ) : (
          <span className="muted small">{t("common.narrowDown")}</span>
        )
      ) : null}
    </footer>
  );
}
