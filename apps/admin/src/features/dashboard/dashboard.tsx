"use client";

import { ErrorState, formatFen, hasPermission, LoadingState, useT } from "@o2o/client";
import type { SalesRange } from "@o2o/schema";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { StoreSelect } from "../../components/store-select";
import { useMe } from "../auth/me-context";
import { AccountOverview } from "./account-overview";
import { KpiCards } from "./kpi-cards";
import { LiveAlerts } from "./live-alerts";
import { CategoryMix, MemberMixChart, SalesByChannel, SalesByStore, SalesOverTime, TopProducts } from "./sales-charts";
import { useLiveSales } from "./use-live-sales";

const RANGES: SalesRange[] = ["TODAY", "LAST_7_DAYS", "LAST_30_DAYS"];

function SalesDashboard() {
  const t = useT();
  const me = useMe();
  const [range, setRange] = useState<SalesRange>("TODAY");
  const [storeId, setStoreId] = useState("");
  const sales = useLiveSales(range, storeId || null);
  const canSee = (id: string) => me.permissions.some((g) => g.permission === "report:read" && (g.allStores || g.storeIds.includes(id)));

  return (
    <div className="page">
      <PageHeader
        title={t("dash.title")}
        subtitle={t("dash.subtitle")}
        actions={
          <>
            <span className={`live-dot ${sales.live ? "live-on" : ""}`} role="status">
              {t(sales.live ? "dash.live" : "dash.offline")}
            </span>
            <StoreSelect label={t("common.store")} value={storeId} onChange={setStoreId} allowAll only={canSee} />
            <fieldset className="segmented" aria-label={t("dash.range")}>
              {RANGES.map((r) => (
                <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
                  {t(`dash.range.${r}`)}
                </button>
              ))}
            </fieldset>
          </>
        }
      />
      {sales.lastTick ? (
        <p className="alert alert-info" role="status" data-testid="last-sale">
          {t("dash.lastSale", { number: sales.lastTick.number, amount: formatFen(sales.lastTick.total) })}
        </p>
      ) : null}
      {sales.error && !sales.data ? <ErrorState error={sales.error} onRetry={sales.retry} /> : null}
      {!sales.data && !sales.error ? <LoadingState /> : null}
      {sales.data ? (
        <>
          <KpiCards summary={sales.data} />
          <div className="dashboard-grid">
            <SalesOverTime summary={sales.data} />
            <SalesByStore summary={sales.data} />
            <SalesByChannel summary={sales.data} />
            <TopProducts summary={sales.data} />
            <CategoryMix summary={sales.data} />
            <MemberMixChart summary={sales.data} />
            <LiveAlerts tick={sales.lastTick} />
          </div>
        </>
      ) : null}
    </div>
  );
}

/** Sales figures for those who may report on them; everyone else sees their account and modules. */
export function Dashboard() {
  const me = useMe();
  return hasPermission(me, "report:read") ? <SalesDashboard /> : <AccountOverview />;
}
