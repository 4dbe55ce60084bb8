"use client";

import { useT } from "@o2o/client";
import { AdminImportMembersDocument, type MemberDuplicateAction } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { FileImport } from "../../components/file-import";
import { PageHeader } from "../../components/page-header";
import { MembersNav } from "./members-nav";

/** Members from a CSV or XLSX: preview row by row, then import. */
export function MemberImport() {
  const t = useT();
  const [onDuplicate, setOnDuplicate] = useState<MemberDuplicateAction>("REPORT");
  const [{ fetching }, run] = useMutation(AdminImportMembersDocument);
  return (
    <div className="page">
      <PageHeader title={t("nav.members")} subtitle={t("memberImport.subtitle")} />
      <MembersNav />
      <FileImport
        accept=".csv,.xlsx"
        label={t("memberImport.title")}
        busy={fetching}
        options={
          <label className="field">
            <span>{t("memberImport.onDuplicate")}</span>
            <select value={onDuplicate} onChange={(e) => setOnDuplicate(e.target.value as MemberDuplicateAction)}>
              <option value="REPORT">{t("memberImport.dup.REPORT")}</option>
              <option value="SKIP">{t("memberImport.dup.SKIP")}</option>
              <option value="MERGE">{t("memberImport.dup.MERGE")}</option>
            </select>
          </label>
        }
        submit={async (file, mode) => {
          const res = await run({ input: { fileBase64: file.base64, format: file.format, mode, onDuplicate } });
          return { report: res.data?.importMembers, error: res.error };
        }}
        facts={(report) => [
          { label: t("memberImport.created"), value: report.createdMembers },
          { label: t("memberImport.updated"), value: report.updatedMembers },
        ]}
      />
    </div>
  );
}
