"use client";

import { useT } from "@o2o/client";
import { AdminImportCatalogDocument, type AdminImportCatalogMutation, type CatalogImportMode, type ExistingSkuAction } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { useMutation } from "urql";
import { PageHeader } from "../../components/page-header";
import { fileToBase64 } from "../../lib/file-base64";

type Report = AdminImportCatalogMutation["importCatalog"];

/** Upload a CSV or XLSX, see what would happen row by row, then import. */
export function CatalogImport() {
  const t = useT();
  const [file, setFile] = useState<{ name: string; base64: string; format: "CSV" | "XLSX" } | null>(null);
  const [onExisting, setOnExisting] = useState<ExistingSkuAction>("ERROR");
  const [preview, setPreview] = useState<Report | null>(null);
  const [result, setResult] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, run] = useMutation(AdminImportCatalogDocument);

  async function send(mode: CatalogImportMode) {
    if (!file) return;
    setError(null);
    const res = await run({ input: { fileBase64: file.base64, format: file.format, mode, onExistingSku: onExisting } });
    const report = res.data?.importCatalog;
    if (!report) return setError(t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? res.error?.message ?? "" }));
    if (mode === "VALIDATE_ONLY") {
      setPreview(report);
      setResult(null);
    } else setResult(report);
  }

  const shown = result ?? preview;
  return (
    <div className="page">
      <PageHeader
        title={t("import.title")}
        subtitle={t("import.subtitle")}
        actions={
          <Link href="/catalog" className="btn btn-ghost">
            {t("common.back")}
          </Link>
        }
      />
      <section className="card form-card">
        <label className="field">
          <span>{t("import.file")}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setPreview(null);
              setResult(null);
              if (!f) return setFile(null);
              setFile({ name: f.name, base64: await fileToBase64(f), format: f.name.toLowerCase().endsWith(".xlsx") ? "XLSX" : "CSV" });
            }}
          />
        </label>
        <label className="field">
          <span>{t("import.onExisting")}</span>
          <select value={onExisting} onChange={(e) => setOnExisting(e.target.value as ExistingSkuAction)}>
            <option value="ERROR">{t("import.existing.ERROR")}</option>
            <option value="SKIP">{t("import.existing.SKIP")}</option>
            <option value="UPDATE">{t("import.existing.UPDATE")}</option>
          </select>
        </label>
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" disabled={!file || fetching} onClick={() => send("VALIDATE_ONLY")}>
            {t("import.preview")}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!preview || preview.validRows === 0 || fetching || Boolean(result)}
            onClick={() => send(preview?.invalidRows ? "SKIP_BAD_ROWS" : "ALL_OR_NOTHING")}
          >
            {t(preview?.invalidRows ? "import.runSkipping" : "import.run")}
          </button>
        </div>
        {error ? (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      {shown ? (
        <section className="card" aria-label={t("import.report")}>
          <h3 className="card-title">{t(result ? (result.written ? "import.done" : "import.notWritten") : "import.previewTitle")}</h3>
          <dl className="facts facts-row">
            <div>
              <dt>{t("import.rows")}</dt>
              <dd>{shown.totalRows}</dd>
            </div>
            <div>
              <dt>{t("import.valid")}</dt>
              <dd>{shown.validRows}</dd>
            </div>
            <div>
              <dt>{t("import.invalid")}</dt>
              <dd>{shown.invalidRows}</dd>
            </div>
            <div>
              <dt>{t("import.newProducts")}</dt>
              <dd>{shown.createdProducts}</dd>
            </div>
            <div>
              <dt>{t("import.newVariants")}</dt>
              <dd>{shown.createdVariants}</dd>
            </div>
            <div>
              <dt>{t("import.updated")}</dt>
              <dd>{shown.updatedVariants}</dd>
            </div>
          </dl>
          {shown.errors.length > 0 ? (
            <div className="table-wrap">
              <table className="table table-compact">
                <thead>
                  <tr>
                    <th scope="col">{t("import.row")}</th>
                    <th scope="col">{t("import.column")}</th>
                    <th scope="col">{t("import.value")}</th>
                    <th scope="col">{t("import.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.errors.map((e, i) => (
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
      ) : null}
    </div>
  );
}
