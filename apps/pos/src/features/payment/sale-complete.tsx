"use client";

import { formatFen, useT } from "@o2o/client";
import { useEffect, useRef, useState } from "react";
import { Modal } from "../../components/modal";
import type { HardwareResult } from "../hardware/bridge-client";
import type { ReceiptDoc } from "../hardware/receipt-doc";
import { print } from "../receipt/print-receipt";
import { Icon } from "../till/icons";

export type CompletedSale = {
  kind: "recorded" | "queued" | "training";
  /** The order number, the queued sale id or the training id. */
  number: string;
  total: number;
  change: number;
  cash: boolean;
  receipt: ReceiptDoc | null;
};

/** The unmistakable end of a sale: big tick, the change to hand back, the receipt printing. Enter starts the next. */
export function SaleComplete({ sale, onNext }: { sale: CompletedSale; onNext: () => void }) {
  const t = useT();
  const [printed, setPrinted] = useState<HardwareResult | "printing" | null>(null);

  const doPrint = async () => {
    if (!sale.receipt) return;
    setPrinted("printing");
    setPrinted(await print(sale.receipt, sale.cash));
  };

  // Print once when the sale completes (a development double-mount must not print twice).
  const printedOnce = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: print once when the sale completes
  useEffect(() => {
    if (printedOnce.current) return;
    printedOnce.current = true;
    void doPrint();
  }, []);

  return (
    <Modal
      title={t(sale.kind === "training" ? "done.trainingTitle" : sale.kind === "queued" ? "done.queuedTitle" : "done.title")}
      onClose={onNext}
      tone="ok"
      footer={
        <button type="button" className="pos-btn pos-btn-primary pos-btn-xl" onClick={onNext} data-autofocus>
          {t("done.next")}
        </button>
      }
    >
      <div className="done" role="status">
        <span className="done-icon" aria-hidden="true">
          <Icon name="check" size={48} />
        </span>
        <p className="done-number mono">{sale.number}</p>
        <p>
          {t("done.total")} <strong className="num">{formatFen(sale.total)}</strong>
        </p>
        {sale.cash ? (
          <p className="done-change">
            {t("done.change")}{" "}
            <strong className="num" data-testid="change-given">
              {formatFen(sale.change)}
            </strong>
          </p>
        ) : null}
        {sale.kind === "queued" ? <p className="notice notice-warn">{t("done.queuedBody")}</p> : null}
        {sale.kind === "training" ? <p className="notice notice-warn">{t("training.receiptNote")}</p> : null}
        <p className="muted print-state">
          {printed === "printing"
            ? t("receipt.printing")
            : printed?.ok
              ? t("receipt.printed")
              : printed
                ? t("receipt.failed", { reason: printed.message })
                : null}
          {printed && printed !== "printing" && !printed.ok ? (
            <button type="button" className="pos-btn pos-btn-ghost pos-btn-sm" onClick={doPrint}>
              {t("receipt.retry")}
            </button>
          ) : null}
        </p>
      </div>
    </Modal>
  );
}
