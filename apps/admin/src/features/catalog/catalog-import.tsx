"use client";

import { useT } from "@o2o/client";
import { AdminImportCatalogDocument, type AdminImportCatalogMutation, type CatalogImportMode, type ExistingSkuAction } from "@o2o/schema";
import Link from "next/link";
import { useState } from "react";
import { useMutation } from "urql";
import { ImportActions, ImportReport } from "../../components/import-report";
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
        <ImportActions
          canPreview={Boolean(file)}
          canRun={Boolean(preview && preview.validRows > 0 && !result)}
          skipping={Boolean(preview?.invalidRows)}
          busy={fetching}
          onPreview={() => send("VALIDATE_ONLY")}
          onRun={() => send(preview?.invalidRows ? "SKIP_BAD_ROWS" : "ALL_OR_NOTHING")}
        />
        {error ? (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      {shown ? (
        <ImportReport
          report={shown}
          final={Boolean(result)}
          facts={[
            { label: t("import.newProducts"), value: shown.createdProducts },
            { label: t("import.newVariants"), value: shown.createdVariants },
            { label: t("import.updated"), value: shown.updatedVariants },
          ]}
        />
      ) : null}
    </div>
  );
}
