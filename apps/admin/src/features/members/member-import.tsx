"use client";

import { useT } from "@o2o/client";
import {
  type AdminImportMembersMutation,
  AdminImportMembersDocument,
  type MemberDuplicateAction,
  type MemberImportMode,
} from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ImportActions, ImportReport } from "../../components/import-report";
import { PageHeader } from "../../components/page-header";
import { fileToBase64 } from "../../lib/file-base64";
import { MembersNav } from "./members-nav";

type Report = AdminImportMembersMutation["importMembers"];

/** Members from a CSV or XLSX: preview row by row, then import. */
export function MemberImport() {
  const t = useT();
  const [file, setFile] = useState<{ base64: string; format: "CSV" | "XLSX" } | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<MemberDuplicateAction>("REPORT");
  const [preview, setPreview] = useState<Report | null>(null);
  const [result, setResult] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, run] = useMutation(AdminImportMembersDocument);

  async function send(mode: MemberImportMode) {
    if (!file) return;
    const res = await run({ input: { fileBase64: file.base64, format: file.format, mode, onDuplicate } });
    const report = res.data?.importMembers;
    if (!report) return setError(t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? res.error?.message ?? "" }));
    setError(null);
    if (mode === "VALIDATE_ONLY") {
      setPreview(report);
      setResult(null);
    } else setResult(report);
  }

  const shown = result ?? preview;
  return (
    <div className="page">
      <PageHeader title={t("nav.members")} subtitle={t("memberImport.subtitle")} />
      <MembersNav />
      <section className="card form-card" aria-label={t("memberImport.title")}>
        <label className="field">
          <span>{t("import.file")}</span>
          <input
            type="file"
            accept=".csv,.xlsx"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setPreview(null);
              setResult(null);
              setFile(f ? { base64: await fileToBase64(f), format: f.name.toLowerCase().endsWith(".xlsx") ? "XLSX" : "CSV" } : null);
            }}
          />
        </label>
        <label className="field">
          <span>{t("memberImport.onDuplicate")}</span>
          <select value={onDuplicate} onChange={(e) => setOnDuplicate(e.target.value as MemberDuplicateAction)}>
            <option value="REPORT">{t("memberImport.dup.REPORT")}</option>
            <option value="SKIP">{t("memberImport.dup.SKIP")}</option>
            <option value="MERGE">{t("memberImport.dup.MERGE")}</option>
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
            { label: t("memberImport.created"), value: shown.createdMembers },
            { label: t("memberImport.updated"), value: shown.updatedMembers },
          ]}
        />
      ) : null}
    </div>
  );
}
