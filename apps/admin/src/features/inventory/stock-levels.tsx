"use client";

import { EmptyState, ErrorState, LoadingState, useT } from "@o2o/client";
import { AdminSetLowStockThresholdDocument, AdminStockLevelsDocument } from "@o2o/schema";
import { useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { PAGE_MAX, PAGE_STEP, ShowMore } from "../../components/show-more";
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
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  const [lowOnly, setLowOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE_STEP);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), 300);
    return () => clearTimeout(timer);
  }, [input]);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminStockLevelsDocument,
    variables: { first: limit, after: null, filter: { locationId: locationId || null, search: search || null, lowOnly: lowOnly || null } },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const levels = data?.stockLevels.edges.map((e) => e.node) ?? [];
  const canRead = (id: string) => canInStore(me, "stock:read", id);

  return (
    <div className="page">
      <PageHeader title={t("nav.inventory")} subtitle={t("inv.subtitle")} />
      <InventoryNav />
      <section className="card card-flush">
        <div className="toolbar toolbar-wrap">
          <StoreSelect label={t("inv.location")} value={locationId} onChange={setLocationId} allowAll only={canRead} />
          <label className="inline-field">
            <span>{t("common.search")}</span>
            <input
              type="search"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              placeholder={t("common.pickVariant")}
              maxLength={100}
            />
          </label>
          <label className="check">
            <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} />
            {t("inv.lowOnly")}
          </label>
          {data ? <span className="badge badge-neutral">{t("common.total", { n: data.stockLevels.totalCount })}</span> : null}
        </div>
        {error && !data ? <ErrorState error={error} onRetry={refresh} /> : null}
        {!data && fetching ? <LoadingState /> : null}
        {data && levels.length === 0 ? <EmptyState title={t("inv.empty")} /> : null}
        {levels.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("common.product")}</th>
                  <th scope="col">{t("inv.location")}</th>
                  <th scope="col" className="align-end">
                    {t("inv.onHand")}
                  </th>
                  <th scope="col" className="align-end">
                    {t("inv.reserved")}
                  </th>
                  <th scope="col" className="align-end">
                    {t("inv.available")}
                  </th>
                  <th scope="col" className="align-end">
                    {t("inv.incoming")}
                  </th>
                  <th scope="col" className="align-end">
                    {t("inv.threshold")}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t("common.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
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
                            onSaved={refresh}
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
                            onDone={refresh}
                          />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        <ShowMore
          shown={levels.length}
          total={data?.stockLevels.totalCount ?? 0}
          limit={limit}
          busy={fetching}
          onMore={() => setLimit((l) => Math.min(PAGE_MAX, l + PAGE_STEP))}
        />
      </section>
    </div>
  );
}
