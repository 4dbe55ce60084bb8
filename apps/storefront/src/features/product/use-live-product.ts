"use client";

import { useSession } from "@o2o/client";
import {
  ShopAvailabilityDocument,
  type ShopAvailabilityFieldsFragment,
  ShopOfferDocument,
  type ShopOfferFieldsFragment,
  ShopPriceChangedDocument,
  ShopStockChangedDocument,
} from "@o2o/schema";
import { useEffect, useState } from "react";
import { useClient, useSubscription } from "urql";

/**
 * The product page's live data: the server-rendered offer and stock, re-read for a signed-in member (their tier price)
 * and whenever the API reports a price change; stock levels patched in place from stock events.
 */
export function useLiveProduct(
  productId: string,
  variantIds: string[],
  initial: { offer: ShopOfferFieldsFragment | null; availability: ShopAvailabilityFieldsFragment[] },
) {
  const client = useClient();
  const session = useSession();
  const [offer, setOffer] = useState(initial.offer);
  const [availability, setAvailability] = useState(initial.availability);
  const [priceVersion, setPriceVersion] = useState(0);
  const [flash, setFlash] = useState(false);

  const [{ data: priceEvent }] = useSubscription({ query: ShopPriceChangedDocument, variables: { variantIds } });
  const [{ data: stockEvent }] = useSubscription({ query: ShopStockChangedDocument, variables: { variantIds } });

  useEffect(() => {
    if (priceEvent) setPriceVersion((v) => v + 1);
  }, [priceEvent]);

  // A member sees their own price; anyone sees a changed price: re-read the offer (the server prices it).
  useEffect(() => {
    if (!session && priceVersion === 0) return;
    let cancelled = false;
    void client
      .query(ShopOfferDocument, { productId, storeId: null }, { requestPolicy: "network-only" })
      .toPromise()
      .then((result) => {
        if (cancelled || !result.data?.productOffer) return;
        setOffer(result.data.productOffer);
        if (priceVersion > 0) setFlash(true);
      });
    return () => {
      cancelled = true;
    };
  }, [client, productId, session, priceVersion]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(false), 2500);
    return () => clearTimeout(timer);
  }, [flash]);

  useEffect(() => {
    const change = stockEvent?.stockChanged;
    if (!change) return;
    setAvailability((rows) =>
      rows.map((row) =>
        row.store.id !== change.locationId
          ? row
          : (() => {
              const variants = row.variants.map((v) =>
                v.variantId === change.variantId ? { ...v, available: Math.max(0, change.available) } : v,
              );
              return { ...row, variants, totalAvailable: variants.reduce((s, v) => s + v.available, 0) };
            })(),
      ),
    );
  }, [stockEvent]);

  // Reconnecting after a drop may have missed stock events: re-read when the tab comes back.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      void client
        .query(ShopAvailabilityDocument, { productId }, { requestPolicy: "network-only" })
        .toPromise()
        .then((result) => {
          if (result.data) setAvailability(result.data.productAvailability);
        });
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [client, productId]);

  return { offer, availability, priceFlash: flash };
}
