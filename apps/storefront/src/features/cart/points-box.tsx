"use client";

import { formatFen, useT } from "@o2o/client";
import { useState } from "react";
import type { ShopCart } from "./cart-context";

/** A member redeems points against the cart: all they may use, or none. */
export function PointsBox({ points, onPoints }: { points: NonNullable<ShopCart["points"]>; onPoints: (n: number) => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const using = points.applied > 0;
  if (points.maxRedeemable <= 0 && !using) {
    return <p className="panel muted">{t("cart.pointsNone", { balance: points.balance })}</p>;
  }
  return (
    <label className="panel points-box">
      <input
        type="checkbox"
        checked={using}
        disabled={busy}
        onChange={async (e) => {
          setBusy(true);
          await onPoints(e.target.checked ? points.maxRedeemable : 0);
          setBusy(false);
        }}
      />
      <span>
        {t("cart.usePoints", { points: points.maxRedeemable, value: formatFen(points.maxRedeemableValue) })}
        <span className="muted small"> {t("cart.pointsBalance", { balance: points.balance })}</span>
      </span>
      {points.errorCode ? <span className="field-error">{points.message}</span> : null}
    </label>
  );
}
