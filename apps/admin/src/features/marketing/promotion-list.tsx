"use client";

import { useLocale, useT } from "@o2o/client";
import { AdminPromotionsDocument, AdminSetPromotionStatusDocument, type MarketingStatus } from "@o2o/schema";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { formatDateTime } from "../../lib/format-date";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { StatusBadge } from "./marketing-fields";
import { MarketingHeader } from "./marketing-nav";
import { describeRule } from "./rule-summary";
import { ActionsHeading, DataTable } from "../../components/data-table";
import { ListStates } from "../../components/list-states";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

export function PromotionList() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const created = useSearchParams().get("created");
  const canWrite = canMerchantWide(me, "marketing:write");
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminPromotionsDocument,
    variables: { first: 50, filter: null },
    requestPolicy: "cache-and-network",
  });
  const [, setStatus] = useMutation(AdminSetPromotionStatusDocument);
  const change = async (id: string, status: MarketingStatus) => {
    await setStatus({ id, status });
    refresh();
  };
  const promotions = data?.promotions.edges.map((e) => e.node) ?? [];

  return (
    <div className="page">
      <MarketingHeader
        subtitle={t("promo.subtitle")}
        actions={
          canWrite ? (
            <Link href="/marketing/promotions/new" className="btn btn-primary">
              {t("promo.new")}
            </Link>
          ) : null
        }
      />
      {created ? (
        <p className="alert alert-info" role="status">
          {t("promo.created", { name: created })}
        </p>
      ) : null}
      <section className="card card-flush">
        <ListStates
          error={error}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={promotions.length === 0}
          emptyTitle={t("promo.empty")}
          onRetry={refresh}
        />
        {promotions.length > 0 ? (
          <DataTable
            columns={[
              t("promo.name"),
              t("promo.type"),
              t("promo.rule"),
              t("common.status"),
              t("promo.period"),
              <ActionsHeading key="actions" />,
            ]}
          >
            {promotions.map((p) => (
              <tr key={p.id}>
                <td>
                  <strong>{p.name}</strong>
                  {p.memberOnly ? <span className="badge badge-brand badge-xs">{t("promo.memberOnlyShort")}</span> : null}
                </td>
                <td>{t(`promoType.${p.type}`)}</td>
                <td>{describeRule(t, p.type, p.params)}</td>
                <td>
                  <StatusBadge status={p.status} />
                </td>
                <td className="small">
                  {formatDateTime(locale, p.startsAt, false)} – {p.endsAt ? formatDateTime(locale, p.endsAt, false) : "∞"}
                </td>
                <td className="align-end row-actions">
                  {canWrite && (p.status === "DRAFT" || p.status === "PAUSED") ? (
                    <button type="button" className="btn btn-secondary btn-sm" onClick={() => change(p.id, "ACTIVE")}>
                      {t("promo.activate")}
                    </button>
                  ) : null}
                  {canWrite && p.status === "ACTIVE" ? (
                    <button type="button" className="btn btn-secondary btn-sm" onClick={() => change(p.id, "PAUSED")}>
                      {t("promo.pause")}
                    </button>
                  ) : null}
                  {canWrite && p.status !== "ENDED" ? (
                    <ConfirmButton
                      label={t("promo.end")}
                      className="btn btn-ghost btn-sm"
                      message={t("promo.endConfirm", { name: p.name })}
                      danger
                      onConfirm={() => change(p.id, "ENDED")}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
    </div>
  );
}
