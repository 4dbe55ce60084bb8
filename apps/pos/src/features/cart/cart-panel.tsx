"use client";

import { EmptyState, formatFen, useT } from "@o2o/client";
import type { Dispatch } from "react";
import { Icon } from "../till/icons";
import { type CartAction, type CartLine, cartTotals } from "./cart";

function LineItem({ line, dispatch }: { line: CartLine; dispatch: Dispatch<CartAction> }) {
  const t = useT();
  const name = `${line.productName} ${line.variantName}`.trim();
  return (
    <li className="cart-line">
      <div className="cart-line-info">
        <strong>{line.productName}</strong>
        <span className="muted">
          {line.variantName ? `${line.variantName} · ` : null}
          <span className="mono">{line.sku}</span>
        </span>
        <span className="muted num">{formatFen(line.unitPrice)}</span>
      </div>
      <fieldset className="stepper">
        <legend className="visually-hidden">{`${t("till.quantity")}: ${name}`}</legend>
        <button
          type="button"
          className="stepper-btn"
          onClick={() => dispatch({ type: "decrement", variantId: line.variantId })}
          aria-label={t("till.decrease", { name })}
        >
          <Icon name={line.quantity === 1 ? "trash" : "minus"} size={20} />
        </button>
        <output className="stepper-value" aria-live="polite">
          {line.quantity}
        </output>
        <button
          type="button"
          className="stepper-btn"
          onClick={() => dispatch({ type: "increment", variantId: line.variantId })}
          aria-label={t("till.increase", { name })}
        >
          <Icon name="plus" size={20} />
        </button>
      </fieldset>
      <strong className="cart-line-total num">{formatFen(line.unitPrice * line.quantity)}</strong>
    </li>
  );
}

export function CartPanel({ lines, dispatch }: { lines: readonly CartLine[]; dispatch: Dispatch<CartAction> }) {
  const t = useT();
  const totals = cartTotals(lines);
  return (
    <section className="cart-panel" aria-labelledby="cart-title">
      <header className="panel-head">
        <h2 id="cart-title">{t("till.order")}</h2>
        <span className="muted">{t("till.items", { n: totals.quantity })}</span>
        {lines.length > 0 ? (
          <button type="button" className="pos-btn pos-btn-ghost pos-btn-sm" onClick={() => dispatch({ type: "clear" })}>
            {t("till.clear")}
          </button>
        ) : null}
      </header>
      <div className="cart-body">
        {lines.length === 0 ? (
          <EmptyState icon={<Icon name="scan" size={34} />} title={t("till.emptyTitle")}>
            {t("till.emptyBody")}
          </EmptyState>
        ) : (
          <ul className="cart-lines">
            {lines.map((line) => (
              <LineItem key={line.variantId} line={line} dispatch={dispatch} />
            ))}
          </ul>
        )}
      </div>
      <footer className="cart-foot">
        <div className="cart-row">
          <span className="muted">{t("till.subtotal")}</span>
          <span className="num">{formatFen(totals.subtotal)}</span>
        </div>
        <div className="cart-row cart-total">
          <span>{t("till.total")}</span>
          <strong className="num">{formatFen(totals.subtotal)}</strong>
        </div>
        <button type="button" className="pos-btn pos-btn-pay pos-btn-xl" disabled aria-describedby="checkout-note">
          {t("till.checkout")}
        </button>
        <p id="checkout-note" className="muted checkout-note">
          {t("till.checkoutSoon")}
        </p>
      </footer>
    </section>
  );
}
