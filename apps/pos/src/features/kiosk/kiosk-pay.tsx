"use client";

import { formatFen, useT } from "@o2o/client";
import { useState } from "react";
import { walletOfPaymentCode } from "../payment/tender-math";
import { useWedgeScanner } from "../scanner/use-wedge-scanner";
import { playSound } from "../sound/tones";

/**
 * The kiosk's payment step: the shopper holds their WeChat Pay or Alipay payment code (付款码) under the scanner; the
 * wallet is told apart by the code itself and charged for the whole amount.
 */
export function KioskPay({
  amount,
  busy,
  failure,
  onCode,
  onCancel,
}: {
  amount: number;
  busy: boolean;
  failure: string | null;
  onCode: (wallet: "WECHAT_PAY" | "ALIPAY", code: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [hint, setHint] = useState<string | null>(null);
  useWedgeScanner(
    (code) => {
      const wallet = walletOfPaymentCode(code);
      if (!wallet) {
        playSound("error");
        setHint(t("kiosk.notPaymentCode"));
        return;
      }
      setHint(null);
      onCode(wallet, code);
    },
    { enabled: !busy },
  );
  return (
    <section className={`kiosk-pay${failure ? " kiosk-pay-failed" : ""}`} aria-live="assertive">
      <p className="kiosk-pay-amount">
        {t("kiosk.toPay")} <strong className="num">{formatFen(amount)}</strong>
      </p>
      <div className="kiosk-pay-art" aria-hidden="true">
        <span className="wallet-chip wallet-wechat">{t("tender.WECHAT_PAY")}</span>
        <span className="wallet-chip wallet-alipay">{t("tender.ALIPAY")}</span>
      </div>
      <h2>{busy ? t("kiosk.paying") : t("kiosk.scanPaymentCode")}</h2>
      {busy ? <span className="spinner" aria-hidden="true" /> : <p className="muted">{t("kiosk.scanPaymentBody")}</p>}
      {failure ? (
        <p className="pay-failure" role="alert">
          <strong>{t("kiosk.payFailed")}</strong> {failure}
        </p>
      ) : null}
      {hint ? (
        <p className="field-error" role="alert">
          {hint}
        </p>
      ) : null}
      <button type="button" className="pos-btn pos-btn-outline pos-btn-xl" onClick={onCancel} disabled={busy}>
        {t("kiosk.backToItems")}
      </button>
    </section>
  );
}
