"use client";

import { EmptyState, ErrorState, formatFen, LoadingState, useT } from "@o2o/client";
import Link from "next/link";
import { useState } from "react";
import { Icon } from "../shell/icons";
import { useCart } from "./cart-context";
import { CartLineItem } from "./cart-line-item";
import { CartSummary } from "./cart-summary";
import { CouponBox } from "./coupon-box";
import { PointsBox } from "./points-box";

export function CartView() {
  const t = useT();
  const api = useCart();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const cart = api.cart;

  async function act(key: string, action: () => Promise<{ error: unknown }>) {
    setBusy(key);
    const result = await action();
    setFailed(Boolean(result.error));
    setBusy(null);
  }

  if (api.loading) return <LoadingState />;
  if (api.error && !cart) return <ErrorState error={api.error} onRetry={api.refresh} />;
  if (!cart || cart.lines.length === 0) {
    return (
      <EmptyState icon={<Icon name="cart" size={30} />} title={t("cart.emptyTitle")}>
        <p>{t("cart.emptyBody")}</p>
        <Link className="btn btn-primary" href="/">
          {t("cart.browse")}
        </Link>
      </EmptyState>
    );
  }
  const blocked = cart.lines.some((l) => !l.sellable || !l.inStock);
  return (
    <div className="cart-layout">
      <div className="cart-main">
        {cart.promotionHints.map((h) => (
          <p key={h.promotionId} className="threshold-hint" role="note">
            <span className="promo-tag">{h.label}</span>
            {t("cart.hint", { missing: formatFen(h.missing), discount: formatFen(h.discount) })}
            <Link href="/search">{t("cart.addMore")}</Link>
          </p>
        ))}
        <p className="muted small">
          {cart.pickupStore
            ? t("cart.pickupAt", { store: cart.pickupStore.name })
            : t("cart.deliveryFrom", { store: cart.fulfilmentLocation.name })}
        </p>
        <ul className="cart-lines" aria-label={t("cart.items")}>
          {cart.lines.map((line) => (
            <CartLineItem
              key={line.id}
              line={line}
              busy={busy === line.variant.id}
              onQuantity={(n) => act(line.variant.id, () => api.update(line.variant.id, n))}
              onRemove={() => act(line.variant.id, () => api.remove(line.variant.id))}
            />
          ))}
        </ul>
      </div>
      <aside className="cart-side">
        <CouponBox cart={cart} onCodes={async (codes) => void (await act("coupons", () => api.setCoupons(codes)))} />
        {cart.points ? <PointsBox points={cart.points} onPoints={async (n) => void (await act("points", () => api.setPoints(n)))} /> : null}
        {!api.signedIn ? <p className="panel hint">{t("cart.signInHint")}</p> : null}
        <div className="panel">
          <CartSummary cart={cart} />
          {failed ? (
            <p className="alert alert-error" role="alert">
              {t("cart.updateFailed")}
            </p>
          ) : null}
          {blocked ? <p className="field-error">{t("cart.blocked")}</p> : null}
          <Link
            className={`btn btn-primary btn-block${blocked ? " disabled" : ""}`}
            aria-disabled={blocked}
            href={blocked ? "/cart" : api.signedIn ? "/checkout" : "/login?next=/cart"}
          >
            {api.signedIn ? t("cart.checkout") : t("cart.signInToCheckout")}
          </Link>
        </div>
      </aside>
    </div>
  );
}
