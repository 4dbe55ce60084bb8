"use client";

import { formatFen, useSession, useT } from "@o2o/client";
import { ShopUsableCouponsDocument } from "@o2o/schema";
import { type FormEvent, useId, useState } from "react";
import { useQuery } from "urql";
import type { ShopCart } from "./cart-context";
import { bestCoupon, nearestLockedCoupon } from "./coupon-suggestion";

/** Coupon codes on the cart: typed in, or the best one from the member's wallet suggested. */
export function CouponBox({ cart, onCodes }: { cart: ShopCart; onCodes: (codes: string[]) => Promise<void> }) {
  const t = useT();
  const id = useId();
  const session = useSession();
  const [{ data }] = useQuery({ query: ShopUsableCouponsDocument, pause: !session });
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const codes = cart.couponResults.map((c) => c.code);
  const wallet = data?.myCoupons.edges.map((e) => e.node) ?? [];
  const best = bestCoupon(wallet, cart.subtotal - cart.discountTotal, codes);
  const locked = best ? null : nearestLockedCoupon(wallet, cart.subtotal - cart.discountTotal);

  async function apply(next: string[]) {
    setBusy(true);
    await onCodes(next);
    setBusy(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const typed = code.trim().toUpperCase();
    if (!typed || codes.includes(typed)) return;
    await apply([...codes, typed]);
    setCode("");
  }

  return (
    <section className="panel coupon-box" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t("cart.coupons")}
      </h2>
      {best ? (
        <div className="suggestion">
          <span>{t("cart.bestCoupon", { name: best.coupon.template.name, saving: formatFen(best.saving) })}</span>
          <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => apply([...codes, best.coupon.code])}>
            {t("cart.useCoupon")}
          </button>
        </div>
      ) : null}
      {locked ? (
        <p className="hint">{t("cart.couponLocked", { missing: formatFen(locked.missing), name: locked.coupon.template.name })}</p>
      ) : null}
      <form className="inline-form" onSubmit={onSubmit}>
        <label htmlFor={id} className="visually-hidden">
          {t("cart.couponCode")}
        </label>
        <input
          id={id}
          className="text-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder={t("cart.couponPlaceholder")}
          maxLength={40}
          autoCapitalize="characters"
        />
        <button type="submit" className="btn btn-outline" disabled={busy || !code.trim()}>
          {t("cart.applyCoupon")}
        </button>
      </form>
      {cart.couponResults.length > 0 ? (
        <ul className="coupon-results">
          {cart.couponResults.map((c) => (
            <li key={c.code} className={c.applied ? "ok" : "bad"}>
              <span className="mono">{c.code}</span>
              <span>
                {c.applied
                  ? t("cart.couponApplied", { amount: formatFen(c.amount) })
                  : c.errorCode === "COUPON_THRESHOLD_NOT_MET" && c.missing
                    ? t("cart.couponMissing", { missing: formatFen(c.missing) })
                    : t("cart.couponRejected", { reason: c.message ?? c.errorCode ?? "" })}
              </span>
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => apply(codes.filter((x) => x !== c.code))}
                aria-label={t("cart.removeCoupon", { code: c.code })}
              >
                {t("cart.remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
