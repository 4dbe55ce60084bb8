import { formatFen, type Translate } from "@o2o/client";

const num = (v: unknown): number => (typeof v === "number" ? v : 0);
const pct = (bps: unknown) => `${num(bps) / 100}%`;

/** One line saying what a saved promotion does, e.g. "满 ¥200.00 减 ¥30.00". */
export function describeRule(t: Translate, type: string, params: Record<string, unknown>): string {
  switch (type) {
    case "SPEND_SAVE": {
      const tiers = Array.isArray(params.tiers) ? (params.tiers as { threshold?: unknown; discount?: unknown }[]) : [];
      return tiers
        .map((x) => t("rule.spendSave", { threshold: formatFen(num(x.threshold)), discount: formatFen(num(x.discount)) }))
        .join("，");
    }
    case "PERCENT_OFF":
      return t("rule.percentOff", { pct: pct(params.bps) });
    case "AMOUNT_OFF":
      return t(params.per === "UNIT" ? "rule.amountOffUnit" : "rule.amountOffOrder", { amount: formatFen(num(params.amount)) });
    case "BUY_X_GET_Y":
      return t("rule.buyXGetY", { buy: num(params.buyQty), get: num(params.getQty), pct: pct(params.getDiscountBps) });
    case "NTH_ITEM_DISCOUNT":
      return t("rule.nth", { n: num(params.n), pct: pct(params.bps) });
    case "BUNDLE_PRICE":
      return t("rule.bundle", { qty: num(params.quantity), price: formatFen(num(params.price)) });
    default:
      return "";
  }
}
