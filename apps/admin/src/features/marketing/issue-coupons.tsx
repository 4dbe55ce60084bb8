"use client";

import { useT } from "@o2o/client";
import { AdminIssueCouponsToSegmentDocument, AdminMemberSegmentsDocument } from "@o2o/schema";
import { useId, useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { DialogActions } from "../../components/dialog-actions";
import { Notice } from "../../components/form-field";

/** Gives one coupon of a template to every member of a saved segment, after a confirmation. */
export function IssueCoupons({ templateId, templateName, onIssued }: { templateId: string; templateName: string; onIssued: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [segmentId, setSegmentId] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: AdminMemberSegmentsDocument, variables: { first: 50 } });
  const [{ fetching }, issue] = useMutation(AdminIssueCouponsToSegmentDocument);
  const segments = data?.memberSegments.edges.map((e) => e.node) ?? [];

  async function onIssue() {
    if (!segmentId) return;
    const res = await issue({ templateId, segment: { segmentId } });
    const r = res.data?.issueCouponsToSegment;
    if (r?.__typename === "SegmentIssueSummary") {
      setResult(t("coupon.issued", { issued: r.issued, matched: r.matched }));
      onIssued();
    } else setResult(t("common.failed", { message: r && "message" in r ? r.message : (res.error?.graphQLErrors[0]?.message ?? "") }));
  }

  return (
    <>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        onClick={() => {
          setResult(null);
          dialog.current?.showModal();
        }}
      >
        {t("coupon.issue")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h3 id={titleId}>{t("coupon.issueTitle", { name: templateName })}</h3>
        <label className="field">
          <span>{t("segment.pick")}</span>
          <select value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
            <option value="">—</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <Notice message={result} />
        <DialogActions
          onCancel={() => dialog.current?.close()}
          cancelLabel={t("common.close")}
          confirmLabel={t("coupon.issueConfirm")}
          onConfirm={onIssue}
          disabled={!segmentId || fetching || Boolean(result)}
        />
      </dialog>
    </>
  );
}
