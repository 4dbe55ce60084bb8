"use client";

import { formatFen, useLocale } from "@o2o/client";
import { useEffect, useId, useRef, useState } from "react";
import { useTillSelection } from "../till/till-selection";
import type { Connectivity } from "../status/use-connectivity";
import styles from "./offline-status.module.css";
import { offlineText } from "./offline.messages";
import { syncNow } from "./offline-sync";
import { updateQueuedSale, useSaleQueue } from "./sale-queue";
import { useOfflineRuntime } from "./use-offline-runtime";

function ConflictsDialog({ onClose }: { onClose: () => void }) {
  const locale = useLocale();
  const { conflicts } = useSaleQueue();
  const text = (key: Parameters<typeof offlineText>[1], params?: Record<string, string | number>) => offlineText(locale, key, params);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      <header className={styles.head}>
        <h2 id={titleId}>{text("conflictsTitle")}</h2>
        <button type="button" className="pos-btn pos-btn-ghost" onClick={onClose}>
          {text("close")}
        </button>
      </header>
      <p className="muted">{text("conflictsIntro")}</p>
      {conflicts.length === 0 ? (
        <p>{text("conflictNone")}</p>
      ) : (
        <ul className={styles.list}>
          {conflicts.map((sale) => (
            <li key={sale.clientSaleId} className={styles.item}>
              <span>
                <span className="muted">{text("conflictSoldAt")}: </span>
                <time dateTime={sale.soldAt}>{new Date(sale.soldAt).toLocaleString(locale)}</time>
              </span>
              <span className={`num ${styles.amount}`}>
                <span className="visually-hidden">{text("conflictTotal")}: </span>
                {sale.expectedTotal >= 0 ? formatFen(sale.expectedTotal) : "—"}
              </span>
              <p className={styles.reason}>
                <span className="muted">{text("conflictReason")}: </span>
                <strong>{sale.rejection?.code}</strong> {sale.rejection?.message}
              </p>
              <button
                type="button"
                className="pos-btn pos-btn-outline"
                onClick={() => void updateQueuedSale({ ...sale, status: "pending", rejection: null }).then(() => syncNow())}
              >
                {text("conflictRetry")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}

/**
 * Runs the offline engine for the chosen till and shows what it holds: sales waiting for the server and sales the
 * server refused (a button opens them). Nothing shows while online with an empty queue.
 */
export function OfflineStatus({ connectivity }: { connectivity: Connectivity }) {
  const locale = useLocale();
  const till = useTillSelection();
  useOfflineRuntime(till?.storeId ?? null, connectivity);
  const { pending, conflicts } = useSaleQueue();
  const [open, setOpen] = useState(false);
  return (
    <>
      {pending > 0 ? (
        <span className={`conn ${styles.queue}`} role="status" data-testid="offline-queue">
          {offlineText(locale, "queued", { count: pending })}
        </span>
      ) : null}
      {conflicts.length > 0 ? (
        <button type="button" className={`conn conn-offline ${styles.conflictButton}`} onClick={() => setOpen(true)}>
          {offlineText(locale, "conflicts", { count: conflicts.length })}
        </button>
      ) : null}
      {open ? <ConflictsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
