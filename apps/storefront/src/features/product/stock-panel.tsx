"use client";

import { useT } from "@o2o/client";
import type { ShopAvailabilityFieldsFragment } from "@o2o/schema";

const LOW = 5;

/** Online stock and each shop's stock of the chosen variant; shops with enough stock can be chosen for pickup today. */
export function StockPanel({
  availability,
  variantId,
  quantity,
  pickupStoreId,
  onPickupStore,
}: {
  availability: ShopAvailabilityFieldsFragment[];
  variantId: string | null;
  quantity: number;
  pickupStoreId: string | null;
  onPickupStore: (storeId: string | null) => void;
}) {
  const t = useT();
  const availableAt = (row: ShopAvailabilityFieldsFragment) => row.variants.find((v) => v.variantId === variantId)?.available ?? 0;
  const online = availability.find((row) => !row.pickup);
  const shops = availability.filter((row) => row.pickup);
  const label = (n: number) => (n <= 0 ? t("product.outOfStock") : n < LOW ? t("product.fewLeft", { n }) : t("product.inStock"));
  return (
    <section className="stock-panel" aria-labelledby="stock-title">
      <h2 id="stock-title" className="section-title">
        {t("product.availability")}
      </h2>
      <fieldset className="fulfil-options">
        <legend className="visually-hidden">{t("product.howToGet")}</legend>
        {online ? (
          <label className={`fulfil-option${pickupStoreId === null ? " selected" : ""}`}>
            <input type="radio" name="fulfil" checked={pickupStoreId === null} onChange={() => onPickupStore(null)} />
            <span className="fulfil-main">
              <strong>{t("product.delivery")}</strong>
              <span className="muted">{t("product.deliveryFrom", { store: online.store.name })}</span>
            </span>
            <span className={`stock-tag${availableAt(online) >= quantity ? "" : " out"}`} data-testid={`stock-${online.store.code}`}>
              {label(availableAt(online))}
            </span>
          </label>
        ) : null}
        {shops.map((row) => {
          const n = availableAt(row);
          return (
            <label key={row.store.id} className={`fulfil-option${pickupStoreId === row.store.id ? " selected" : ""}`}>
              <input
                type="radio"
                name="fulfil"
                checked={pickupStoreId === row.store.id}
                disabled={n < quantity}
                onChange={() => onPickupStore(row.store.id)}
              />
              <span className="fulfil-main">
                <strong>
                  {n >= quantity ? t("product.pickupToday", { store: row.store.name }) : t("product.pickupAt", { store: row.store.name })}
                </strong>
                <span className="muted">{[row.store.city, row.store.district, row.store.addressLine].filter(Boolean).join(" ")}</span>
              </span>
              <span className={`stock-tag${n >= quantity ? "" : " out"}`} data-testid={`stock-${row.store.code}`}>
                {label(n)}
              </span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
