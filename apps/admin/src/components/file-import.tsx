"use client";

import { useT, errorDetail } from "@o2o/client";
import { type ReactNode, useState } from "react";
import type { CombinedError } from "urql";
import { fileToBase64 } from "../lib/file-base64";
import { ImportActions, ImportReport, type ImportReportData } from "./import-report";
import { FormAlert } from "./form-field";

export type ImportFile = { base64: string; format: "CSV" | "XLSX" };
export type ImportMode = "VALIDATE_ONLY" | "SKIP_BAD_ROWS" | "ALL_OR_NOTHING";

/**
 * Upload a CSV or XLSX, preview what would happen row by row, then import (skipping bad rows when the preview
 * found some). `options` are the import's own settings; `submit` runs the import's mutation.
 */
export function FileImport<R extends ImportReportData>({
  accept,
  label,
  busy,
  options,
  submit,
  facts,
}: {
  accept: string;
  label?: string;
  busy: boolean;
  options: ReactNode;
  submit: (file: ImportFile, mode: ImportMode) => Promise<{ report: R | null | undefined; error: CombinedError | undefined }>;
  facts: (report: R) => { label: string; value: ReactNode }[];
}) {
  const t = useT();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<R | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(mode: ImportMode) {
    if (!file) return;
    setError(null);
    const { report, error: failure } = await submit(file, mode);
    if (!report) return setError(t("common.failed", { message: errorDetail(failure) }));
    if (mode === "VALIDATE_ONLY") {
      setPreview(report);
      setResult(null);
    } else setResult(report);
  }

  const shown = result ?? preview;
  return (
    <>
      <section className="card form-card" aria-label={label}>
        <label className="field">
          <span>{t("import.file")}</span>
          <input
            type="file"
            accept={accept}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setPreview(null);
              setResult(null);
              setFile(f ? { base64: await fileToBase64(f), format: f.name.toLowerCase().endsWith(".xlsx") ? "XLSX" : "CSV" } : null);
            }}
          />
        </label>
        {options}
        <ImportActions
          canPreview={Boolean(file)}
          canRun={Boolean(preview && preview.validRows > 0 && !result)}
          skipping={Boolean(preview?.invalidRows)}
          busy={busy}
          onPreview={() => send("VALIDATE_ONLY")}
          onRun={() => send(preview?.invalidRows ? "SKIP_BAD_ROWS" : "ALL_OR_NOTHING")}
        />
        <FormAlert message={error} />
      </section>
      {shown ? <ImportReport report={shown} final={Boolean(result)} facts={facts(shown)} /> : null}
    </>
  );
}
