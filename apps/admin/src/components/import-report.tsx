"use client";

import { useT } from "@o2o/client";
import type { ReactNode } from "react";
import { TableHead } from "./data-table";

type RowError = { row: number | null; column: string | null; code: string; message: string; value: string | null };
export type ImportReportData = { written: boolean; totalRows: number; validRows: number; invalidRows: number; errors: RowError[] };

/** What an import would do (preview) or did, with the row errors; `facts` adds the import's own counts. */
export function ImportReport({
  report,
  final,
  facts,
}: {
  report: ImportReportData;
  final: boolean;
  facts: { label: string; value: ReactNode }[];
}) {
  const t = useT();
  const all = [
    { label: t("import.rows"), value: report.totalRows },
    { label: t("import.valid"), value: report.validRows },
    { label: t("import.invalid"), value: report.invalidRows },
    ...facts,
  ];
  return (
    <section className="card" aria-label={t("import.report")}>
      <h3 className="card-title">{t(final ? (report.written ? "import.done" : "import.notWritten") : "import.previewTitle")}</h3>
      <dl className="facts facts-row">
        {all.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-compact">
            <TableHead columns={[t("import.row"), t("import.column"), t("import.value"), t("import.problem")]} />
            <tbody>
              {report.errors.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one row can carry several errors of one column.
                <tr key={`${e.row}-${e.column}-${e.code}-${i}`}>
                  <td className="num">{e.row ?? "—"}</td>
                  <td className="mono">{e.column ?? "—"}</td>
                  <td className="mono">{e.value ?? ""}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Preview, then import (skipping bad rows when the preview found some). */
export function ImportActions({
  canPreview,
  canRun,
  skipping,
  busy,
  onPreview,
  onRun,
}: {
  canPreview: boolean;
  canRun: boolean;
  skipping: boolean;
  busy: boolean;
  onPreview: () => void;
  onRun: () => void;
}) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="button" className="btn btn-secondary" disabled={!canPreview || busy} onClick={onPreview}>
        {t("import.preview")}
      </button>
      <button type="button" className="btn btn-primary" disabled={!canRun || busy} onClick={onRun}>
        {t(skipping ? "import.runSkipping" : "import.run")}
      </button>
    </div>
  );
}
