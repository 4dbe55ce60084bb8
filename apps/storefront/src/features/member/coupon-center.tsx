"use client";

import { EmptyState, ErrorState, formatFen, LoadingState, useLocale, useT } from "@o2o/client";
import { ShopClaimCouponDocument, ShopCouponWalletDocument } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";

type Status = "ISSUED" | "REDEEMED" | "EXPIRED";

/** The coupon wallet by status, and the claim centre (a public claim code such as WELCOME10). */
export function CouponCenter() {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState<Status>("ISSUED");
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopCouponWalletDocument, variables: { status } });
  const [claimState, claim] = useMutation(ShopClaimCouponDocument);
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function onClaim(event: FormEvent) {
    event.preventDefault();
    const claimCode = code.trim().toUpperCase();
    if (!claimCode) return;
    const result = await claim({ claimCode });
    const outcome = result.data?.claimCoupon;
    if (outcome?.__typename === "Coupon") {
      setMessage({ ok: true, text: t("coupons.claimed", { name: outcome.template.name }) });
      setCode("");
      refetch({ requestPolicy: "network-only" });
    } else setMessage({ ok: false, text: outcome && "message" in outcome ? outcome.message : t("error.generic") });
  }

  const coupons = data?.myCoupons.edges.map((e) => e.node) ?? [];
  return (
    <div className="stack">
      <form className="panel" onSubmit={onClaim}>
        <h2 className="section-title">{t("coupons.claimTitle")}</h2>
        <p className="muted small">{t("coupons.claimBody")}</p>
        <div className="inline-form">
          <label htmlFor="claim-code" className="visually-hidden">
            {t("coupons.claimCode")}
          </label>
          <input
            id="claim-code"
            className="text-input"
            value={code}
            maxLength={32}
            placeholder="WELCOME10"
            onChange={(e) => setCode(e.target.value)}
          />
          <button type="submit" className="btn btn-primary" disabled={claimState.fetching || !code.trim()}>
            {t("coupons.claim")}
          </button>
        </div>
        {message ? (
          <p className={`alert ${message.ok ? "alert-success" : "alert-error"}`} role="status">
            {message.text}
          </p>
        ) : null}
      </form>
      <div className="segmented three" role="radiogroup" aria-label={t("member.coupons")}>
        {(["ISSUED", "REDEEMED", "EXPIRED"] as const).map((s) => (
          <label key={s} className={status === s ? "on" : ""}>
            <input type="radio" className="visually-hidden" name="coupon-status" checked={status === s} onChange={() => setStatus(s)} />
            {t(`coupons.${s}` as const)}
          </label>
        ))}
      </div>
      {fetching && !data ? <LoadingState /> : null}
      {error && !data ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} /> : null}
      {data && coupons.length === 0 ? <EmptyState title={t("coupons.none")} /> : null}
      <ul className="card-list">
        {coupons.map((c) => (
          <li key={c.id} className={`coupon-card${status === "ISSUED" ? "" : " used"}`}>
            <span className="coupon-value">
              {c.template.kind === "PERCENT"
                ? t("coupons.percent", { n: (10 - c.template.value / 1000).toFixed(1).replace(/\.0$/, "") })
                : c.template.kind === "AMOUNT"
                  ? formatFen(c.template.value)
                  : t("coupons.freeItem")}
            </span>
            <span className="coupon-body">
              <strong>{c.template.name}</strong>
              <span className="muted small">
                {c.template.threshold > 0 ? t("coupons.threshold", { amount: formatFen(c.template.threshold) }) : t("coupons.noThreshold")}
              </span>
              {c.validTo ? (
                <span className="muted small">{t("coupons.validTo", { date: new Date(c.validTo).toLocaleDateString(locale) })}</span>
              ) : null}
              <span className="mono small">{c.code}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
