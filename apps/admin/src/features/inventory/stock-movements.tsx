"use client";

import { type Translate, useLocale, useT } from "@o2o/client";
import { AdminStockMovementsDocument, type MovementReason } from "@o2o/schema";
import { useState } from "react";
import { DataTable } from "../../components/data-table";
import { SelectFilter } from "../../components/filter-bar";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { useCursorPages } from "../../components/use-cursor-pages";
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
  const pages = useCursorPages({
    query: AdminStockMovementsDocument,
    variables: { filter: { locationId: locationId || null, reason: reason || null } },
    connection: (d) => d.stockMovements,
  });
  const moves = pages.items;
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
          <SelectFilter
            label={t("inv.reason")}
            value={reason}
            onChange={setReason}
            options={REASONS}
            optionLabel={(r) => reasonLabel(t, r)}
          />
        </div>
        <PagedListStates pages={pages} emptyTitle={t("common.empty")} />
        {moves.length > 0 ? (
          <DataTable
            columns={[
              t("common.time"),
              t("common.product"),
              t("inv.location"),
              t("inv.reason"),
              { label: t("inv.change"), end: true },
              { label: t("inv.onHandAfter"), end: true },
              t("common.note"),
            ]}
          >
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
          </DataTable>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
