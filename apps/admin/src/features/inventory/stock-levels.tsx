"use client";

import { useT } from "@o2o/client";
import { AdminSetLowStockThresholdDocument, AdminStockLevelsDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { DataTable } from "../../components/data-table";
import { SearchField, TotalBadge, useDebouncedSearch } from "../../components/filter-bar";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { useCursorPages } from "../../components/use-cursor-pages";
import { StoreSelect } from "../../components/store-select";
import { parseWhole } from "../../lib/money-input";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { AdjustStock } from "./adjust-stock";
import { InventoryNav } from "./inventory-nav";
import { variantLabel } from "../../lib/variant-label";

function ThresholdInput({
  levelVariant,
  locationId,
  value,
  onSaved,
}: {
  levelVariant: string;
  locationId: string;
  value: number | null;
  onSaved: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(value === null ? "" : String(value));
  const [, save] = useMutation(AdminSetLowStockThresholdDocument);
  return (
    <input
      className="input-sm num"
      aria-label={t("inv.threshold")}
      value={text}
      inputMode="numeric"
      size={4}
      onChange={(e) => setText(e.target.value)}
      onBlur={async () => {
        const n = text.trim() === "" ? null : parseWhole(text, 0, 100000);
        if (text.trim() !== "" && n === null) return setText(value === null ? "" : String(value));
        if (n === value) return;
        await save({ input: { variantId: levelVariant, locationId, threshold: n } });
        onSaved();
      }}
    />
  );
}

export function StockLevels() {
  const t = useT();
  const me = useMe();
  const [locationId, setLocationId] = useState("");
  const { input, setInput, search } = useDebouncedSearch();
  const [lowOnly, setLowOnly] = useState(false);
  const pages = useCursorPages({
    query: AdminStockLevelsDocument,
    variables: { filter: { locationId: locationId || null, search: search || null, lowOnly: lowOnly || null } },
    connection: (d) => d.stockLevels,
  });
  const levels = pages.items;
  const canRead = (id: string) => canInStore(me, "stock:read", id);

  return (
    <div className="page">
      <PageHeader title={t("nav.inventory")} subtitle={t("inv.subtitle")} />
      <InventoryNav />
      <section className="card card-flush">
        <div className="toolbar toolbar-wrap">
          <StoreSelect label={t("inv.location")} value={locationId} onChange={setLocationId} allowAll only={canRead} />
          <SearchField value={input} onChange={setInput} placeholder={t("common.pickVariant")} maxLength={100} />
          <label className="check">
            <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} />
            {t("inv.lowOnly")}
          </label>
          {pages.loaded ? <TotalBadge total={pages.totalCount ?? 0} /> : null}
        </div>
        <PagedListStates pages={pages} emptyTitle={t("inv.empty")} />
        {levels.length > 0 ? (
          <DataTable
            columns={[
              t("common.product"),
              t("inv.location"),
              { label: t("inv.onHand"), end: true },
              { label: t("inv.reserved"), end: true },
              { label: t("inv.available"), end: true },
              { label: t("inv.incoming"), end: true },
              { label: t("inv.threshold"), end: true },
              <span key="actions" className="visually-hidden">
                {t("common.actions")}
              </span>,
            ]}
          >
            {levels.map((l) => {
              const writable = canInStore(me, "stock:write", l.location.id);
              return (
                <tr key={l.id} className={l.isLow ? "row-warn" : undefined}>
                  <td>
                    <strong>{variantLabel(l.variant.product.name, l.variant.name)}</strong>
                    <div className="muted small mono">{l.variant.sku}</div>
                  </td>
                  <td>{l.location.name}</td>
                  <td className="align-end num">{l.onHand}</td>
                  <td className="align-end num">{l.reserved}</td>
                  <td className="align-end num">
                    {l.available}
                    {l.isLow ? <span className="badge badge-warn badge-xs">{t("inv.low")}</span> : null}
                  </td>
                  <td className="align-end num">{l.incoming || ""}</td>
                  <td className="align-end">
                    {writable ? (
                      <ThresholdInput
                        levelVariant={l.variant.id}
                        locationId={l.location.id}
                        value={l.lowStockThreshold}
                        onSaved={pages.refresh}
                      />
                    ) : (
                      (l.lowStockThreshold ?? "—")
                    )}
                  </td>
                  <td className="align-end">
                    {writable ? (
                      <AdjustStock
                        variantId={l.variant.id}
                        locationId={l.location.id}
                        label={`${l.variant.product.name} ${l.variant.name}`}
                        onDone={pages.refresh}
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
