"use client";

import { errorMessageKey, LoadingState, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useReducer, useState } from "react";
import { useClient } from "urql";
import { useMe } from "../auth/me-context";
import { cartReducer } from "../cart/cart";
import { CartPanel } from "../cart/cart-panel";
import { ProductPanel } from "../catalog/product-panel";
import { findScanned, TILL_PRODUCTS, type TillProduct, type TillVariant, variantOwnName } from "../catalog/till-products";
import { useWedgeScanner } from "../scanner/use-wedge-scanner";
import { canSellIn } from "./sale-permission";
import { StatusBar } from "./status-bar";
import { useTillSelection } from "./till-selection";

const NOTICE_MS = 3_500;

/** The selling screen: cart on the left, product search on the right, scans added straight to the cart. */
export function SellingScreen() {
  const t = useT();
  const me = useMe();
  const router = useRouter();
  const client = useClient();
  const till = useTillSelection();
  const [lines, dispatch] = useReducer(cartReducer, []);
  const [query, setQuery] = useState("");
  const [notice, setNotice] = useState<{ tone: "ok" | "warn"; text: string } | null>(null);
  const allowed = till ? canSellIn(me, till.storeId) : false;

  useEffect(() => {
    if (till === null || (till && !allowed)) router.replace("/setup");
  }, [till, allowed, router]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const add = useCallback((product: TillProduct, variant: TillVariant) => {
    dispatch({
      type: "add",
      line: {
        variantId: variant.id,
        productName: product.name,
        variantName: variantOwnName(product, variant) ?? "",
        sku: variant.sku,
        unitPrice: variant.basePrice,
      },
    });
  }, []);

  const onScan = useCallback(
    async (code: string) => {
      const result = await client.query(TILL_PRODUCTS, { first: 5, search: code }, { requestPolicy: "network-only" }).toPromise();
      const match = findScanned(result.data?.products.edges.map((e) => e.node) ?? [], code);
      if (match) {
        add(match.product, match.variant);
        // When the search field had focus, the scanner also typed the code into it: take it out again.
        setQuery((q) => (q.endsWith(code) ? q.slice(0, -code.length) : q));
        const variantName = variantOwnName(match.product, match.variant);
        setNotice({
          tone: "ok",
          text: t("till.scanned", { name: variantName ? `${match.product.name} ${variantName}` : match.product.name }),
        });
      } else if (result.error) {
        setNotice({ tone: "warn", text: t(errorMessageKey(result.error)) });
      } else {
        setQuery(code);
        setNotice({ tone: "warn", text: t("till.scanNotFound", { code }) });
      }
    },
    [client, add, t],
  );
  useWedgeScanner(onScan, { enabled: Boolean(till && allowed) });

  if (!till || !allowed) {
    return (
      <div className="splash">
        <LoadingState />
      </div>
    );
  }
  return (
    <div className="till">
      <StatusBar till={till} />
      <div className="till-body">
        <CartPanel lines={lines} dispatch={dispatch} />
        <ProductPanel query={query} onQueryChange={setQuery} onAdd={add} notice={notice} />
      </div>
    </div>
  );
}
