"use client";

import { ErrorState, formatFen, LoadingState, useT } from "@o2o/client";
import { PosCloseShiftDocument, PosShiftReportDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { Modal } from "../../components/modal";
import { MoneyInput } from "../../components/money-input";
import { parseYuan } from "../payment/tender-math";
import { useShift } from "./shift-context";
import { ShiftReportView } from "./shift-report-view";

/** F10: the live X report, and closing the shift with the counted cash (then the Z report). */
export function ShiftDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { shift, onClosed } = useShift();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PosShiftReportDocument,
    variables: { shiftId: shift.id },
    requestPolicy: "network-only",
  });
  const [counting, setCounting] = useState(false);
  const [counted, setCounted] = useState("");
  const [countError, setCountError] = useState<string | null>(null);
  const [{ fetching: closing }, closeShift] = useMutation(PosCloseShiftDocument);

  async function close() {
    const countedCash = parseYuan(counted);
    if (countedCash === null) {
      setCountError(t("shift.countInvalid"));
      return;
    }
    const result = await closeShift({ input: { shiftId: shift.id, countedCash } });
    if (result.error || !result.data) {
      setCountError(result.error?.graphQLErrors[0]?.message ?? t("error.network"));
      return;
    }
    onClosed(result.data.closeShift.report);
  }

  return (
    <Modal
      title={counting ? t("shift.closeTitle") : t("shift.xReport")}
      onClose={onClose}
      size="wide"
      busy={closing}
      footer={
        counting ? (
          <>
            <button type="button" className="pos-btn pos-btn-ghost" onClick={() => setCounting(false)} disabled={closing}>
              {t("common.back")}
            </button>
            <button type="button" className="pos-btn pos-btn-primary pos-btn-xl" onClick={close} disabled={closing} aria-busy={closing}>
              {t(closing ? "shift.closing" : "shift.closeConfirm")}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="pos-btn pos-btn-outline" onClick={() => reexecute({ requestPolicy: "network-only" })}>
              {t("shift.refresh")}
            </button>
            <button type="button" className="pos-btn pos-btn-primary" onClick={() => setCounting(true)}>
              {t("shift.close")}
            </button>
          </>
        )
      }
    >
      {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      {fetching && !data ? <LoadingState /> : null}
      {counting ? (
        <div className="shift-count">
          <p>{t("shift.countBody", { expected: data ? formatFen(data.shiftReport.expectedCash) : "—" })}</p>
          <MoneyInput label={t("shift.countedCash")} value={counted} onChange={setCounted} error={countError} data-autofocus />
        </div>
      ) : data ? (
        <ShiftReportView report={data.shiftReport} kind="X" />
      ) : null}
    </Modal>
  );
}
