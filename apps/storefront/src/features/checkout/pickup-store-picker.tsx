"use client";

import { useT } from "@o2o/client";
import { ShopAvailabilityDocument, ShopStoresDocument } from "@o2o/schema";
import { useEffect, useState } from "react";
import { useClient, useQuery } from "urql";
import type { ShopCart } from "../cart/cart-context";
import { storesWithStock } from "./delivery-address";

/** Shops offering pickup, with whether each holds enough of everything in the cart today. */
export function PickupStorePicker({
  cart,
  value,
  onChange,
}: {
  cart: ShopCart;
  value: string | null;
  onChange: (storeId: string) => void;
}) {
  const t = useT();
  const client = useClient();
  const [{ data: stores, fetching, error }] = useQuery({ query: ShopStoresDocument });
  const [stocked, setStocked] = useState<Set<string> | null>(null);
  const productIds = [...new Set(cart.lines.map((l) => l.variant.product.id))].sort().join(",");

  useEffect(() => {
    let cancelled = false;
    const lines = cart.lines.map((l) => ({ variantId: l.variant.id, quantity: l.quantity }));
    void Promise.all(
      productIds
        .split(",")
        .map((productId) => client.query(ShopAvailabilityDocument, { productId }, { requestPolicy: "network-only" }).toPromise()),
    ).then((results) => {
      if (cancelled) return;
      const rows = results.flatMap((r) =>
        (r.data?.productAvailability ?? []).flatMap((loc) =>
          loc.variants.map((v) => ({ storeId: loc.store.id, variantId: v.variantId, available: v.available })),
        ),
      );
      setStocked(storesWithStock(lines, rows));
    });
    return () => {
      cancelled = true;
    };
  }, [client, productIds, cart.lines]);

  if (fetching && !stores) return <p className="muted">{t("common.loading")}</p>;
  if (error && !stores) return <p className="field-error">{t("checkout.storesFailed")}</p>;
  const shops = (stores?.stores ?? []).filter((s) => s.type !== "WAREHOUSE");
  return (
    <fieldset className="fulfil-options">
      <legend className="visually-hidden">{t("checkout.pickupStore")}</legend>
      {shops.map((store) => {
        const ok = stocked ? stocked.has(store.id) : true;
        return (
          <label key={store.id} className={`fulfil-option${value === store.id ? " selected" : ""}`}>
            <input type="radio" name="pickup-store" checked={value === store.id} disabled={!ok} onChange={() => onChange(store.id)} />
            <span className="fulfil-main">
              <strong>{store.name}</strong>
              <span className="muted">{[store.city, store.district, store.addressLine].filter(Boolean).join(" ")}</span>
            </span>
            <span className={`stock-tag${ok ? "" : " out"}`}>
              {stocked ? (ok ? t("checkout.pickupToday") : t("checkout.notAllInStock")) : "…"}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
