"use client";

import { EmptyState, formatFen, useT } from "@o2o/client";
import type { Dispatch } from "react";
import { ActionButton } from "../../components/action-button";
import { SELLING_KEYS } from "../keyboard/shortcuts";
import type { DraftAction, DraftMember, SaleDraft } from "../sale/sale-draft";
import type { SalePreview } from "../sale/use-sale-preview";
import { Icon } from "../till/icons";
import type { CartLine } from "./cart";

type PreviewLine = SalePreview["cart"]["lines"][number];

function LineItem({
  line,
  priced,
  selected,
  dispatch,
}: {
  line: CartLine;
  priced: PreviewLine | undefined;
  selected: boolean;
  dispatch: Dispatch<DraftAction>;
}) {
  const t = useT();
  const name = `${line.productName} ${line.variantName}`.trim();
  const unit = priced?.unitPrice ?? line.unitPrice;
  const memberPrice = priced && priced.priceSource === "TIER" && priced.unitPrice < priced.listPrice;
  return (
    <li className={`cart-line${selected ? " cart-line-selected" : ""}`} aria-current={selected ? "true" : undefined}>
      <button
        type="button"
        className="cart-line-info"
        onClick={() => dispatch({ type: "select", variantId: line.variantId })}
        aria-label={t("till.selectLine", { name })}
      >
        <strong>{line.productName}</strong>
        <span className="muted">
          {line.variantName ? `${line.variantName} · ` : null}
          <span className="mono">{line.sku}</span>
        </span>
        <span className="num">
          {memberPrice ? <s className="muted">{formatFen(priced.listPrice)}</s> : null} {formatFen(unit)}
          {memberPrice ? <span className="badge badge-member">{t("till.memberPrice")}</span> : null}
        </span>
        {priced && priced.discounts.length > 0 ? (
          <span className="line-discounts">
            {priced.discounts.map((d) => (
              <span key={`${d.source}-${d.sourceId}`} className={`line-discount line-discount-${d.source.toLowerCase()}`}>
                {d.label} <span className="num">−{formatFen(d.amount)}</span>
              </span>
            ))}
          </span>
        ) : null}
      </button>
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
      <span className="cart-line-total num">
        {priced && priced.lineDiscount > 0 ? <s className="muted">{formatFen(priced.lineSubtotal)}</s> : null}
        <strong>{formatFen(priced?.lineTotal ?? line.unitPrice * line.quantity)}</strong>
      </span>
    </li>
  );
}

/** The sale's lines with each discount shown on its line, and the server's totals. */
export function CartPanel({
  draft,
  dispatch,
  preview,
  pricing,
  pricingError,
  onPay,
  onVoidCart,
  canPay,
  member,
  onMember,
  onCoupons,
}: {
  draft: SaleDraft;
  dispatch: Dispatch<DraftAction>;
  preview: SalePreview | null;
  pricing: boolean;
  pricingError: string | null;
  onPay: () => void;
  onVoidCart: () => void;
  canPay: boolean;
  member: DraftMember | null;
  onMember: () => void;
  onCoupons: () => void;
}) {
  const t = useT();
  const lines = draft.lines;
  const quantity = lines.reduce((n, l) => n + l.quantity, 0);
  const cart = preview?.cart;
  return (
    <section className="cart-panel" aria-labelledby="cart-title">
      <header className="panel-head">
        <h2 id="cart-title">{t("till.order")}</h2>
        <span className="muted">{t("till.items", { n: quantity })}</span>
        {lines.length > 0 ? (
          <button type="button" className="pos-btn pos-btn-ghost pos-btn-sm" onClick={onVoidCart} aria-keyshortcuts={SELLING_KEYS.voidCart}>
            {t("till.voidCart")}
          </button>
        ) : null}
      </header>
      <div className="sale-strip">
        <button
          type="button"
          className={`strip-btn${member ? " strip-on" : ""}`}
          onClick={onMember}
          aria-keyshortcuts={SELLING_KEYS.member}
        >
          <Icon name="user" size={20} />
          {member ? (
            <span className="strip-member" data-testid="sale-member">
              <span>
                <strong>{member.name ?? member.maskedPhone}</strong>
                {member.tierName ? <span className="badge badge-member">{member.tierName}</span> : null}
              </span>
              <small className="muted">
                {member.maskedPhone} · {t("member.points", { n: member.pointsBalance })}
              </small>
            </span>
          ) : (
            <span className="muted">{t("member.none")}</span>
          )}
        </button>
        <button
          type="button"
          className={`strip-btn${draft.couponCodes.length ? " strip-on" : ""}`}
          onClick={onCoupons}
          aria-keyshortcuts={SELLING_KEYS.coupon}
        >
          <span className="muted">{t("coupon.count", { n: draft.couponCodes.length })}</span>
        </button>
      </div>
      <div className="cart-body">
        {lines.length === 0 ? (
          <EmptyState icon={<Icon name="scan" size={34} />} title={t("till.emptyTitle")}>
            {t("till.emptyBody")}
          </EmptyState>
        ) : (
          <ul className="cart-lines" aria-label={t("till.lines")}>
            {lines.map((line, i) => (
              <LineItem
                key={line.variantId}
                line={line}
                priced={cart?.lines[i]?.variantId === line.variantId ? cart.lines[i] : undefined}
                selected={draft.selected === line.variantId}
                dispatch={dispatch}
              />
            ))}
          </ul>
        )}
      </div>
      <footer className="cart-foot">
        {cart?.hints.map((h) => (
          <p key={h.promotionId} className="promo-hint">
            {t("till.hint", { label: h.label, missing: formatFen(h.missing) })}
          </p>
        ))}
        <div className="cart-breakdown">
          {cart?.appliedPromotions.map((p) => (
            <div key={p.promotionId} className="cart-row promo-row">
              <span>{p.name}</span>
              <span className="num">−{formatFen(p.amount)}</span>
            </div>
          ))}
          {cart?.couponResults.map((c) => (
            <div key={c.couponId} className={`cart-row ${c.ok ? "promo-row" : "coupon-bad"}`}>
              <span>
                {t("till.couponLabel", { code: c.couponCode ?? "" })}
                {!c.ok ? ` · ${c.message ?? c.errorCode}` : null}
              </span>
              <span className="num">{c.ok ? `−${formatFen(c.amount)}` : "—"}</span>
            </div>
          ))}
        </div>
        <div className="cart-row">
          <span className="muted">{t("till.subtotal")}</span>
          <span className="num">{formatFen(cart?.subtotal ?? lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0))}</span>
        </div>
        {cart && cart.discountTotal > 0 ? (
          <div className="cart-row">
            <span className="muted">{t("till.discountTotal")}</span>
            <span className="num discount-total">−{formatFen(cart.discountTotal)}</span>
          </div>
        ) : null}
        {preview && preview.pointsValue > 0 ? (
          <div className="cart-row">
            <span className="muted">{t("till.pointsUsed", { points: preview.pointsUsed })}</span>
            <span className="num">−{formatFen(preview.pointsValue)}</span>
          </div>
        ) : null}
        <div className="cart-row cart-total" data-testid="sale-total">
          <span>{t("till.total")}</span>
          <strong className="num" aria-live="polite">
            {lines.length === 0 ? formatFen(0) : preview ? formatFen(preview.amountDue) : "…"}
            {pricing ? <span className="spinner spinner-inline" aria-hidden="true" /> : null}
          </strong>
        </div>
        {pricingError ? (
          <p className="notice notice-warn" role="alert">
            {pricingError}
          </p>
        ) : null}
        <ActionButton shortcut={SELLING_KEYS.pay} variant="pay" className="pos-btn-xl" disabled={!canPay} onClick={onPay}>
          {t("till.checkout")}
        </ActionButton>
      </footer>
    </section>
  );
}
