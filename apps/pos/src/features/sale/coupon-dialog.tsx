"use client";

import { formatFen, useT } from "@o2o/client";
import { type FormEvent, useId, useState } from "react";
import { Modal } from "../../components/modal";
import type { SalePreview } from "./use-sale-preview";

/** F3: coupons on the sale (scanned anywhere, or typed here) with what each saves or why it does not apply. */
export function CouponDialog({
  codes,
  preview,
  onAdd,
  onRemove,
  onClose,
}: {
  codes: readonly string[];
  preview: SalePreview | null;
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) onAdd(code.trim());
    setCode("");
  };
  const status = (c: string) => {
    if (preview?.cart.unknownCouponCodes.includes(c)) return { ok: false, text: t("coupon.unknown") };
    const check = preview?.cart.couponResults.find((r) => r.couponCode === c);
    if (!check) return { ok: true, text: "" };
    return check.ok ? { ok: true, text: `−${formatFen(check.amount)}` } : { ok: false, text: check.message ?? check.errorCode ?? "" };
  };
  return (
    <Modal title={t("coupon.title")} onClose={onClose}>
      <form onSubmit={submit} className="inline-form" noValidate>
        <div className="field">
          <label htmlFor={id}>{t("coupon.code")}</label>
          <input id={id} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" maxLength={40} data-autofocus />
        </div>
        <button type="submit" className="pos-btn pos-btn-primary">
          {t("coupon.apply")}
        </button>
      </form>
      <p className="muted">{t("coupon.scanHint")}</p>
      {codes.length === 0 ? <p className="muted">{t("coupon.none")}</p> : null}
      <ul className="coupon-list">
        {codes.map((c) => {
          const s = status(c);
          return (
            <li key={c} className={s.ok ? "" : "coupon-bad"}>
              <span className="mono">{c}</span>
              <span>{s.text}</span>
              <button
                type="button"
                className="pos-btn pos-btn-ghost pos-btn-sm"
                onClick={() => onRemove(c)}
                aria-label={t("coupon.remove", { code: c })}
              >
                {t("coupon.removeShort")}
              </button>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
