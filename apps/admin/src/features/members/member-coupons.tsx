"use client";

import { type Translate, useLocale, useT } from "@o2o/client";
import type { AdminMemberQuery } from "@o2o/schema";
import Link from "next/link";
import { DataTable } from "../../components/data-table";
import { isMessageKey } from "../../i18n/messages";
import { formatDateRange, formatDateTime } from "../../lib/format-date";

type Coupon = NonNullable<AdminMemberQuery["member"]["coupons"]>[number];

/** An unused coupon past its end date counts as expired, whether or not the nightly job has marked it yet. */
function shownStatus(coupon: Coupon, now: number): string {
  return coupon.status === "ISSUED" && coupon.validTo && Date.parse(coupon.validTo) < now ? "EXPIRED" : coupon.status;
}

function couponStatusLabel(t: Translate, status: string): string {
  const key = `memberCoupon.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

const BADGE: Record<string, string> = { ISSUED: "badge-ok", REDEEMED: "badge-brand", EXPIRED: "badge-m-ended", VOID: "badge-m-ended" };

/** The member's coupons: which template, whether still usable, valid when, and the order it was redeemed on. */
export function MemberCoupons({ coupons }: { coupons: readonly Coupon[] }) {
  const t = useT();
  const locale = useLocale();
  const now = Date.now();
  return (
    <section className="card span-2" aria-labelledby="member-coupons-title">
      <h3 className="card-title" id="member-coupons-title">
        {t("memberCoupon.title")} <span className="muted small">{t("common.total", { n: coupons.length })}</span>
      </h3>
      {coupons.length === 0 ? (
        <p className="muted">{t("memberCoupon.empty")}</p>
      ) : (
        <DataTable
          compact
          label={t("memberCoupon.title")}
          columns={[
            t("memberCoupon.template"),
            t("memberCoupon.code"),
            t("common.status"),
            t("memberCoupon.validity"),
            t("memberCoupon.order"),
          ]}
        >
          {coupons.map((c) => {
            const status = shownStatus(c, now);
            return (
              <tr key={c.id}>
                <td>{c.template.name}</td>
                <td className="mono small">{c.code}</td>
                <td>
                  <span className={`badge ${BADGE[status] ?? ""}`}>{couponStatusLabel(t, status)}</span>
                </td>
                <td className="small">{formatDateRange(locale, c.validFrom, c.validTo, false)}</td>
                <td className="small">
                  {c.orderId ? (
                    <>
                      <Link href={`/orders/${c.orderId}`} className="mono">
                        {c.orderNumber ?? c.orderId}
                      </Link>
                      <span className="muted"> · {formatDateTime(locale, c.redeemedAt)}</span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
