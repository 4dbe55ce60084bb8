"use client";

import { useT } from "@o2o/client";
import { AdminImportCatalogDocument, type ExistingSkuAction } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { FileImport } from "../../components/file-import";
import { PageHeader } from "../../components/page-header";
import { BackLink } from "../../components/back-link";

/** Upload a CSV or XLSX, see what would happen row by row, then import. */
export function CatalogImport() {
  const t = useT();
  const [onExisting, setOnExisting] = useState<ExistingSkuAction>("ERROR");
  const [{ fetching }, run] = useMutation(AdminImportCatalogDocument);
  return (
    <div className="page">
      <PageHeader title={t("import.title")} subtitle={t("import.subtitle")} actions={<BackLink href="/catalog" />} />
      <FileImport
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        busy={fetching}
        options={
          <label className="field">
            <span>{t("import.onExisting")}</span>
            <select value={onExisting} onChange={(e) => setOnExisting(e.target.value as ExistingSkuAction)}>
              <option value="ERROR">{t("import.existing.ERROR")}</option>
              <option value="SKIP">{t("import.existing.SKIP")}</option>
              <option value="UPDATE">{t("import.existing.UPDATE")}</option>
            </select>
          </label>
        }
        submit={async (file, mode) => {
          const res = await run({ input: { fileBase64: file.base64, format: file.format, mode, onExistingSku: onExisting } });
          return { report: res.data?.importCatalog, error: res.error };
        }}
        facts={(report) => [
          { label: t("import.newProducts"), value: report.createdProducts },
          { label: t("import.newVariants"), value: report.createdVariants },
          { label: t("import.updated"), value: report.updatedVariants },
        ]}
      />
    </div>
  );
}
