import { type DomainError, domainError, type Result } from "../errors.ts";
import { PROMOTION_TYPES, type PromotionRule, type SpendSaveTier } from "./promotion-types.ts";

export type PromotionRuleResult = Result<{ readonly rule: PromotionRule }, DomainError<"PROMOTION_INVALID_PARAMS">>;

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isIntegerIn(value: unknown, min: number, max: number = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max;
}

function isOptionalBoolean(value: unknown): value is boolean | undefined {
  return value === undefined || typeof value === "boolean";
}

function invalid(message: string): DomainError<"PROMOTION_INVALID_PARAMS"> {
  return domainError("PROMOTION_INVALID_PARAMS", message);
}

function parseTiers(value: unknown): SpendSaveTier[] | string {
  if (!Array.isArray(value) || value.length === 0) return "tiers must be a non-empty list";
  const tiers: SpendSaveTier[] = [];
  for (const tier of value as unknown[]) {
    if (!isRecord(tier) || !isIntegerIn(tier.threshold, 1) || !isIntegerIn(tier.discount, 1)) {
      return "each tier needs a positive integer threshold and discount";
    }
    if (tier.discount > tier.threshold) return "a tier cannot save more than its threshold";
    if (tiers.some((t) => t.threshold === tier.threshold)) return "tier thresholds must be distinct";
    tiers.push({ threshold: tier.threshold, discount: tier.discount });
  }
  return tiers;
}

// Rule: what makes each promotion type's params valid; run where promotions are written and again before pricing.
export function parsePromotionRule(type: string, params: unknown): PromotionRuleResult {
  if (!(PROMOTION_TYPES as readonly string[]).includes(type)) return invalid(`unknown promotion type "${type}"`);
  if (!isRecord(params)) return invalid("params must be an object");
  switch (type as PromotionRule["type"]) {
    case "PERCENT_OFF":
      if (!isIntegerIn(params.bps, 1, 10_000)) return invalid("bps must be an integer 1-10000");
      return { ok: true, rule: { type: "PERCENT_OFF", params: { bps: params.bps } } };
    case "AMOUNT_OFF": {
      if (!isIntegerIn(params.amount, 1)) return invalid("amount must be a positive integer of 分");
      const per = params.per;
      if (per !== undefined && per !== "UNIT" && per !== "ORDER") return invalid('per must be "UNIT" or "ORDER"');
      return { ok: true, rule: { type: "AMOUNT_OFF", params: { amount: params.amount, per: per ?? "UNIT" } } };
    }
    case "SPEND_SAVE": {
      const tiers = parseTiers(params.tiers);
      if (typeof tiers === "string") return invalid(tiers);
      if (!isOptionalBoolean(params.repeat)) return invalid("repeat must be a boolean");
      return { ok: true, rule: { type: "SPEND_SAVE", params: { tiers, repeat: params.repeat ?? false } } };
    }
    case "BUY_X_GET_Y":
      if (!isIntegerIn(params.buyQty, 1) || !isIntegerIn(params.getQty, 1)) {
        return invalid("buyQty and getQty must be positive integers");
      }
      if (!isIntegerIn(params.getDiscountBps, 1, 10_000)) return invalid("getDiscountBps must be an integer 1-10000");
      if (!isOptionalBoolean(params.sameItem)) return invalid("sameItem must be a boolean");
      return {
        ok: true,
        rule: {
          type: "BUY_X_GET_Y",
          params: {
            buyQty: params.buyQty,
            getQty: params.getQty,
            getDiscountBps: params.getDiscountBps,
            sameItem: params.sameItem ?? false,
          },
        },
      };
    case "NTH_ITEM_DISCOUNT":
      if (!isIntegerIn(params.n, 2)) return invalid("n must be an integer of at least 2");
      if (!isIntegerIn(params.bps, 1, 10_000)) return invalid("bps must be an integer 1-10000");
      if (!isOptionalBoolean(params.sameItem)) return invalid("sameItem must be a boolean");
      return {
        ok: true,
        rule: {
          type: "NTH_ITEM_DISCOUNT",
          params: { n: params.n, bps: params.bps, sameItem: params.sameItem ?? false },
        },
      };
    case "BUNDLE_PRICE":
      if (!isIntegerIn(params.quantity, 2)) return invalid("quantity must be an integer of at least 2");
      if (!isIntegerIn(params.price, 0)) return invalid("price must be a non-negative integer of 分");
      return { ok: true, rule: { type: "BUNDLE_PRICE", params: { quantity: params.quantity, price: params.price } } };
  }
}
