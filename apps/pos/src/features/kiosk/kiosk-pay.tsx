"use client";

import { formatFen, useT } from "@o2o/client";
import { useState } from "react";
import { enabledTenders, useTillReference } from "../offline/till-settings";
import { tenderLabelKey } from "../payment/tender-labels";
import { walletOfPaymentCode } from "../payment/tender-math";
import { useWedgeScanner } from "../scanner/use-wedge-scanner";
import { playSound } from "../sound/tones";

/**
 * The kiosk's payment step: the shopper holds their WeChat Pay or Alipay payment code (付款码) under the scanner; the
 * wallet is told apart by the code itself and charged for the whole amount. Only the wallets the merchant enabled
 * at the till are shown and taken.
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
  const enabled = enabledTenders(useTillReference());
  const wallets = (["WECHAT_PAY", "ALIPAY"] as const).filter((w) => enabled.includes(w));
  useWedgeScanner(
    (code) => {
      const wallet = walletOfPaymentCode(code);
      if (!wallet) {
        playSound("error");
        setHint(t("kiosk.notPaymentCode"));
        return;
      }
      if (!wallets.includes(wallet)) {
        playSound("error");
        setHint(t("pay.tenderDisabled", { tender: t(tenderLabelKey(wallet)) }));
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
        {wallets.map((w) => (
          <span key={w} className={`wallet-chip ${w === "ALIPAY" ? "wallet-alipay" : "wallet-wechat"}`}>
            {t(tenderLabelKey(w))}
          </span>
        ))}
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
