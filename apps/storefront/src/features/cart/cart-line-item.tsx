"use client";

import { formatFen, useT } from "@o2o/client";
import Link from "next/link";
import { useState } from "react";
import { tintFor } from "../catalog/product-tint";
import { QuantityStepper } from "../product/quantity-stepper";
import type { ShopCart } from "./cart-context";

type Line = ShopCart["lines"][number];

function optionText(values: Record<string, unknown>): string {
  return Object.values(values)
    .filter((v) => typeof v === "string")
    .join(" / ");
}

export function CartLineItem({
  line,
  busy,
  onQuantity,
  onRemove,
}: {
  line: Line;
  busy: boolean;
  onQuantity: (n: number) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const product = line.variant.product;
  return (
    <li className="cart-line">
      <Link
        href={`/product/${product.id}`}
        className="cart-thumb"
        style={{ background: tintFor(product.id) }}
        aria-hidden="true"
        tabIndex={-1}
      >
        {product.category?.icon ?? Array.from(product.name)[0]}
      </Link>
      <div className="cart-line-body">
        <Link href={`/product/${product.id}`} className="cart-line-name">
          {product.name}
        </Link>
        <p className="muted small">{optionText(line.variant.optionValues) || line.variant.sku}</p>
        {line.discounts.map((d) => (
          <p key={`${d.source}-${d.label}`} className="line-discount">
            {d.label} −{formatFen(d.amount)}
          </p>
        ))}
        {!line.sellable ? <p className="field-error">{t("cart.unsellable")}</p> : null}
        {line.sellable && !line.inStock ? <p className="field-error">{t("cart.shortStock", { n: line.available })}</p> : null}
        <div className="cart-line-foot">
          <QuantityStepper
            value={line.quantity}
            max={Math.max(line.quantity, Math.min(99, line.available))}
            onChange={onQuantity}
            label={t("product.quantity")}
          />
          <span className="cart-line-price">
            <strong>{formatFen(line.lineTotal)}</strong>
            {line.lineTotal < line.lineSubtotal ? <s className="muted small">{formatFen(line.lineSubtotal)}</s> : null}
          </span>
        </div>
        {confirming ? (
          <div className="confirm-row">
            <span>{t("cart.removeConfirm")}</span>
            <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={onRemove}>
              {t("cart.remove")}
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => setConfirming(true)}
            aria-label={t("cart.removeItem", { name: product.name })}
          >
            {t("cart.remove")}
          </button>
        )}
      </div>
    </li>
  );
}
