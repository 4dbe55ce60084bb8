"use client";

import { EmptyState, ErrorState, LoadingState, type Translate, useLocale, useT } from "@o2o/client";
import { AdminStockMovementsDocument, type MovementReason } from "@o2o/schema";
import { useState } from "react";
import { useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { PAGE_MAX, PAGE_STEP, ShowMore } from "../../components/show-more";
import { StoreSelect } from "../../components/store-select";
import { isMessageKey } from "../../i18n/messages";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { InventoryNav } from "./inventory-nav";
import { variantLabel } from "../../lib/variant-label";

const REASONS: MovementReason[] = [
  "SALE",
  "RETURN",
  "RECEIPT",
  "ADJUSTMENT",
  "DAMAGE",
  "TRANSFER_OUT",
  "TRANSFER_IN",
  "STOCKTAKE",
  "RESERVE",
  "RELEASE",
];

export function reasonLabel(t: Translate, reason: string): string {
  const key = `reason.${reason}`;
  return isMessageKey(key) ? t(key) : reason;
}

/** The stock ledger: every change with its reason, newest first. */
export function StockMovements() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const [locationId, setLocationId] = useState("");
  const [reason, setReason] = useState<MovementReason | "">("");
  const [limit, setLimit] = useState(PAGE_STEP);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminStockMovementsDocument,
    variables: { first: limit, after: null, filter: { locationId: locationId || null, reason: reason || null } },
    requestPolicy: "cache-and-network",
  });
  const moves = data?.stockMovements.edges.map((e) => e.node) ?? [];
  return (
    <div className="page">
      <PageHeader title={t("nav.inventory")} subtitle={t("inv.movementsSubtitle")} />
      <InventoryNav />
      <section className="card card-flush">
        <div className="toolbar toolbar-wrap">
          <StoreSelect
            label={t("inv.location")}
            value={locationId}
            onChange={setLocationId}
            allowAll
            only={(id) => canInStore(me, "stock:read", id)}
          />
          <label className="inline-field">
            <span>{t("inv.reason")}</span>
            <select value={reason} onChange={(e) => setReason(e.target.value as MovementReason | "")}>
              <option value="">{t("common.all")}</option>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {reasonLabel(t, r)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
        {!data && fetching ? <LoadingState /> : null}
        {data && moves.length === 0 ? <EmptyState title={t("common.empty")} /> : null}
        {moves.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("common.time")}</th>
                  <th scope="col">{t("common.product")}</th>
                  <th scope="col">{t("inv.location")}</th>
                  <th scope="col">{t("inv.reason")}</th>
                  <th scope="col" className="align-end">
                    {t("inv.change")}
                  </th>
                  <th scope="col" className="align-end">
                    {t("inv.onHandAfter")}
                  </th>
                  <th scope="col">{t("common.note")}</th>
                </tr>
              </thead>
              <tbody>
                {moves.map((m) => (
                  <tr key={m.id}>
                    <td className="small">{formatDateTime(locale, m.createdAt)}</td>
                    <td>
                      {variantLabel(m.variant.product.name, m.variant.name)}
                      <div className="muted small mono">{m.variant.sku}</div>
                    </td>
                    <td>{m.location.name}</td>
                    <td>{reasonLabel(t, m.reason)}</td>
                    <td className={`align-end num ${m.delta < 0 ? "neg" : "pos"}`}>{m.delta > 0 ? `+${m.delta}` : m.delta}</td>
                    <td className="align-end num">{m.onHandAfter}</td>
                    <td className="small">{m.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <ShowMore
          shown={moves.length}
          total={data?.stockMovements.totalCount ?? 0}
          limit={limit}
          busy={fetching}
          onMore={() => setLimit((l) => Math.min(PAGE_MAX, l + PAGE_STEP))}
        />
      </section>
    </div>
  );
}
