import { parsePromotionRule } from "@o2o/domain";
import type { PromotionType } from "@o2o/schema";
import { parseYuan } from "../../lib/money-input";

export const PROMOTION_TYPES: readonly PromotionType[] = [
  "SPEND_SAVE",
  "PERCENT_OFF",
  "AMOUNT_OFF",
  "BUY_X_GET_Y",
  "NTH_ITEM_DISCOUNT",
  "BUNDLE_PRICE",
];

/** The builder's inputs as typed (yuan, percent-off and counts as text); each type reads the ones it needs. */
export type RuleFields = {
  tiers: { threshold: string; discount: string }[];
  repeat: boolean;
  percentOff: string;
  amount: string;
  per: "UNIT" | "ORDER";
  buyQty: string;
  getQty: string;
  getPercentOff: string;
  sameItem: boolean;
  n: string;
  nthPercentOff: string;
  bundleQty: string;
  bundlePrice: string;
};

export const EMPTY_FIELDS: RuleFields = {
  tiers: [{ threshold: "", discount: "" }],
  repeat: false,
  percentOff: "",
  amount: "",
  per: "ORDER",
  buyQty: "",
  getQty: "",
  getPercentOff: "100",
  sameItem: true,
  n: "2",
  nthPercentOff: "50",
  bundleQty: "",
  bundlePrice: "",
};

const int = (text: string): number => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
/** "20" (% off) → 2000 bps. */
const bps = (percent: string): number => {
  const n = Number(percent.trim());
  return percent.trim() && Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
};
const fen = (yuan: string): number => parseYuan(yuan) ?? Number.NaN;

/** The params object the API expects for `type`, built from the builder's fields (unvalidated). */
export function ruleParams(type: PromotionType, f: RuleFields): Record<string, unknown> {
  switch (type) {
    case "SPEND_SAVE":
      return { tiers: f.tiers.map((t) => ({ threshold: fen(t.threshold), discount: fen(t.discount) })), repeat: f.repeat };
    case "PERCENT_OFF":
      return { bps: bps(f.percentOff) };
    case "AMOUNT_OFF":
      return { amount: fen(f.amount), per: f.per };
    case "BUY_X_GET_Y":
      return { buyQty: int(f.buyQty), getQty: int(f.getQty), getDiscountBps: bps(f.getPercentOff), sameItem: f.sameItem };
    case "NTH_ITEM_DISCOUNT":
      return { n: int(f.n), bps: bps(f.nthPercentOff), sameItem: f.sameItem };
    case "BUNDLE_PRICE":
      return { quantity: int(f.bundleQty), price: fen(f.bundlePrice) };
  }
}

/** Params when the engine would accept them, else the engine's reason. */
export function checkRule(
  type: PromotionType,
  f: RuleFields,
): { ok: true; params: Record<string, unknown> } | { ok: false; reason: string } {
  const params = ruleParams(type, f);
  const parsed = parsePromotionRule(type, params);
  return parsed.ok ? { ok: true, params } : { ok: false, reason: parsed.message };
}
