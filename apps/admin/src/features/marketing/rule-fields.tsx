"use client";

import { useT } from "@o2o/client";
import type { PromotionType } from "@o2o/schema";
import type { RuleFields } from "./promotion-params";

/** The inputs of one promotion type. */
export function RuleFieldsEditor({
  type,
  value,
  onChange,
}: {
  type: PromotionType;
  value: RuleFields;
  onChange: (next: RuleFields) => void;
}) {
  const t = useT();
  const set = (patch: Partial<RuleFields>) => onChange({ ...value, ...patch });
  const text = (label: string, key: keyof RuleFields, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={String(value[key])} onChange={(e) => set({ [key]: e.target.value } as Partial<RuleFields>)} inputMode="decimal" />
      {hint ? <small className="muted">{hint}</small> : null}
    </label>
  );
  switch (type) {
    case "SPEND_SAVE":
      return (
        <fieldset className="rule-fields">
          <legend>{t("promo.tiers")}</legend>
          {value.tiers.map((tier, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tiers have no identity but their position.
            <fieldset key={i} className="tier-row" aria-label={t("promo.tierN", { n: i + 1 })}>
              <label className="field field-inline">
                <span>{t("promo.spend")}</span>
                <input
                  value={tier.threshold}
                  inputMode="decimal"
                  onChange={(e) => set({ tiers: value.tiers.map((x, j) => (j === i ? { ...x, threshold: e.target.value } : x)) })}
                />
              </label>
              <label className="field field-inline">
                <span>{t("promo.save")}</span>
                <input
                  value={tier.discount}
                  inputMode="decimal"
                  onChange={(e) => set({ tiers: value.tiers.map((x, j) => (j === i ? { ...x, discount: e.target.value } : x)) })}
                />
              </label>
              {value.tiers.length > 1 ? (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => set({ tiers: value.tiers.filter((_, j) => j !== i) })}
                >
                  {t("common.remove")}
                </button>
              ) : null}
            </fieldset>
          ))}
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => set({ tiers: [...value.tiers, { threshold: "", discount: "" }] })}
          >
            {t("promo.addTier")}
          </button>
          <label className="check">
            <input type="checkbox" checked={value.repeat} onChange={(e) => set({ repeat: e.target.checked })} />
            {t("promo.repeat")}
          </label>
        </fieldset>
      );
    case "PERCENT_OFF":
      return <div className="rule-fields">{text(t("promo.percentOff"), "percentOff", t("promo.percentHint"))}</div>;
    case "AMOUNT_OFF":
      return (
        <div className="rule-fields">
          {text(t("promo.amount"), "amount")}
          <label className="field">
            <span>{t("promo.per")}</span>
            <select value={value.per} onChange={(e) => set({ per: e.target.value as "UNIT" | "ORDER" })}>
              <option value="ORDER">{t("promo.perOrder")}</option>
              <option value="UNIT">{t("promo.perUnit")}</option>
            </select>
          </label>
        </div>
      );
    case "BUY_X_GET_Y":
      return (
        <div className="rule-fields">
          {text(t("promo.buyQty"), "buyQty")}
          {text(t("promo.getQty"), "getQty")}
          {text(t("promo.getPercentOff"), "getPercentOff", t("promo.freeHint"))}
          <label className="check">
            <input type="checkbox" checked={value.sameItem} onChange={(e) => set({ sameItem: e.target.checked })} />
            {t("promo.sameItem")}
          </label>
        </div>
      );
    case "NTH_ITEM_DISCOUNT":
      return (
        <div className="rule-fields">
          {text(t("promo.n"), "n")}
          {text(t("promo.percentOff"), "nthPercentOff")}
          <label className="check">
            <input type="checkbox" checked={value.sameItem} onChange={(e) => set({ sameItem: e.target.checked })} />
            {t("promo.sameItem")}
          </label>
        </div>
      );
    case "BUNDLE_PRICE":
      return (
        <div className="rule-fields">
          {text(t("promo.bundleQty"), "bundleQty")}
          {text(t("promo.bundlePrice"), "bundlePrice")}
        </div>
      );
  }
}
