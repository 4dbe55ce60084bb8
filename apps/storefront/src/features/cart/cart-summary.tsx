"use client";

import { formatFen, useT } from "@o2o/client";
import type { ShopCart } from "./cart-context";

export function CartSummary({ cart }: { cart: ShopCart }) {
  const t = useT();
  return (
    <dl className="summary">
      <div>
        <dt>{t("cart.subtotal")}</dt>
        <dd>{formatFen(cart.subtotal)}</dd>
      </div>
      {cart.discountTotal > 0 ? (
        <div className="saving">
          <dt>{t("cart.discounts")}</dt>
          <dd>−{formatFen(cart.discountTotal)}</dd>
        </div>
      ) : null}
      {cart.points && cart.points.value > 0 ? (
        <div className="saving">
          <dt>{t("cart.pointsUsed", { points: cart.points.applied })}</dt>
          <dd>−{formatFen(cart.points.value)}</dd>
        </div>
      ) : null}
      <div className="summary-total">
        <dt>{t("cart.toPay")}</dt>
        <dd data-testid="amount-due">{formatFen(cart.amountDue)}</dd>
      </div>
    </dl>
  );
}
