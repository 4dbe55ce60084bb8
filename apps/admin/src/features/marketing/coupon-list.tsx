"use client";

import { formatFen, useT } from "@o2o/client";
import { AdminCouponStatsDocument, AdminCouponTemplatesDocument, type AdminCouponTemplatesQuery } from "@o2o/schema";
import { useState } from "react";
import { useQuery } from "urql";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { CouponTemplateForm } from "./coupon-template-form";
import { IssueCoupons } from "./issue-coupons";
import { MarketingHeader } from "./marketing-nav";
import { StatusBadge } from "./marketing-fields";
import { ActionsHeading, DataTable } from "../../components/data-table";
import { ListStates } from "../../components/list-states";
import { Notice } from "../../components/form-field";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

type Template = AdminCouponTemplatesQuery["couponTemplates"]["edges"][number]["node"];

function CouponStats({ templateId }: { templateId: string }) {
  const t = useT();
  const [{ data }] = useQuery({ query: AdminCouponStatsDocument, variables: { templateId }, requestPolicy: "network-only" });
  const s = data?.couponStats;
  if (!s) return <span className="spinner spinner-sm" aria-hidden="true" />;
  return (
    <span className="small">
      {t("coupon.stats", {
        issued: s.issued,
        redeemed: s.redeemed,
        rate: `${Math.round(s.redemptionRate * 1000) / 10}%`,
        discount: formatFen(s.discountGiven),
      })}
    </span>
  );
}

function couponValue(template: Template): string {
  return template.kind === "PERCENT" ? `${template.value / 100}%` : formatFen(template.value);
}

export function CouponList() {
  const t = useT();
  const me = useMe();
  const canWrite = canMerchantWide(me, "marketing:write");
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminCouponTemplatesDocument,
    variables: { first: 50, filter: null },
    requestPolicy: "cache-and-network",
  });
  const templates = data?.couponTemplates.edges.map((e) => e.node) ?? [];
  return (
    <div className="page">
      <MarketingHeader subtitle={t("coupon.subtitle")} />
      <Notice message={notice} />
      {canWrite ? (
        <CouponTemplateForm
          onCreated={(name) => {
            setNotice(t("coupon.created", { name }));
            refresh();
          }}
        />
      ) : null}
      <section className="card card-flush">
        <ListStates
          error={error}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={templates.length === 0}
          emptyTitle={t("coupon.empty")}
          onRetry={refresh}
        />
        {templates.length > 0 ? (
          <DataTable
            columns={[
              t("coupon.name"),
              t("coupon.value"),
              t("coupon.threshold"),
              t("common.status"),
              t("coupon.redemption"),
              <ActionsHeading key="actions" />,
            ]}
          >
            {templates.map((c) => (
              <tr key={c.id}>
                <td>
                  <strong>{c.name}</strong>
                  {c.claimCode ? <div className="muted small mono">{c.claimCode}</div> : null}
                </td>
                <td className="num">{couponValue(c)}</td>
                <td className="num">{c.threshold > 0 ? formatFen(c.threshold) : t("coupon.noThreshold")}</td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>
                  <CouponStats key={`${c.id}-${c.issuedCount ?? 0}`} templateId={c.id} />
                </td>
                <td className="align-end">
                  {canWrite && c.status === "ACTIVE" ? <IssueCoupons templateId={c.id} templateName={c.name} onIssued={refresh} /> : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
    </div>
  );
}
