"use client";

import { formatFen, type Translate, useT } from "@o2o/client";
import { useState } from "react";
import { auditDiff, type DiffRow } from "./audit-diff";

function shown(t: Translate, value: unknown, money: boolean): string {
  if (value === undefined || value === null) return "—";
  if (money && typeof value === "number") return formatFen(value);
  if (typeof value === "boolean") return t(value ? "common.yes" : "common.no");
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) return value.join(", ") || "—";
  return JSON.stringify(value);
}

const CHANGE_KEYS = {
  added: "audit.added",
  removed: "audit.removed",
  changed: "audit.changed",
  same: "audit.same",
} as const satisfies Record<DiffRow["change"], string>;

/** An audit row's changes field by field (old → new), changed fields only until "show every field" is ticked. */
export function AuditDiffView({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const rows = auditDiff(before, after, { all });
  const changed = rows.filter((r) => r.change !== "same").length;
  return (
    <details className="audit-diff">
      <summary>{t("audit.changeCount", { n: changed })}</summary>
      <label className="check small">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        {t("audit.showAll")}
      </label>
      {rows.length === 0 ? (
        <p className="muted small">{t("audit.noChanges")}</p>
      ) : (
        <table className="diff-table">
          <thead>
            <tr>
              <th scope="col">{t("audit.field")}</th>
              <th scope="col">{t("audit.before")}</th>
              <th scope="col">
                <span className="visually-hidden">→</span>
              </th>
              <th scope="col">{t("audit.after")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.path} className={`diff-${r.change}`}>
                <th scope="row" className="mono">
                  {r.path || "—"}
                  <span className="visually-hidden"> ({t(CHANGE_KEYS[r.change])})</span>
                </th>
                <td className={r.money ? "num" : undefined}>{shown(t, r.before, r.money)}</td>
                <td aria-hidden="true">→</td>
                <td className={r.money ? "num" : undefined}>{shown(t, r.after, r.money)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
