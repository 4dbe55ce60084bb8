import type { Money } from "../money/money.ts";
import type { AppliedPromotion, CartContext, PromotionHint } from "../pricing/cart-types.ts";
import { discountLine, sumRemaining, type WorkingLine } from "../pricing/cart-working-line.ts";
import { scopeCoversLine } from "./discount-scope.ts";
import { parsePromotionRule } from "./promotion-params.ts";
import { promotionIneligibility } from "./promotion-eligibility.ts";
import type { Promotion } from "./promotion-types.ts";
import { amountOffDiscounts } from "./rules/amount-off.ts";
import { bundlePriceDiscounts } from "./rules/bundle-price.ts";
import { buyXGetYDiscounts, nthItemDiscounts } from "./rules/buy-x-get-y.ts";
import { percentOffDiscounts } from "./rules/percent-off.ts";
import { spendSaveDiscounts, spendSaveNextStep } from "./rules/spend-save.ts";

export interface PromotionsOutcome {
  readonly applied: AppliedPromotion[];
  readonly hints: PromotionHint[];
}

function ruleDiscounts(promotion: Promotion, lines: readonly WorkingLine[]): Money[] {
  switch (promotion.type) {
    case "PERCENT_OFF":
      return percentOffDiscounts(lines, promotion.params);
    case "AMOUNT_OFF":
      return amountOffDiscounts(lines, promotion.params);
    case "SPEND_SAVE":
      return spendSaveDiscounts(lines, promotion.params);
    case "BUY_X_GET_Y":
      return buyXGetYDiscounts(lines, promotion.params);
    case "NTH_ITEM_DISCOUNT":
      return nthItemDiscounts(lines, promotion.params);
    case "BUNDLE_PRICE":
      return bundlePriceDiscounts(lines, promotion.params);
  }
}

// Rule order: priority (higher first), then id, so equal priorities still apply in a stable order.
export function comparePromotions(a: Promotion, b: Promotion): number {
  return b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Rule: promotions apply in priority order, each on what is left to pay after the ones before it. An exclusive
 * promotion applies only if no promotion has applied yet, and then it is the last; a promotion "applies" when it
 * saves at least 1分. Lines with a manual price override are out of every promotion's scope.
 */
export function applyPromotions(lines: readonly WorkingLine[], promotions: readonly Promotion[], context: CartContext): PromotionsOutcome {
  const applied: AppliedPromotion[] = [];
  const hints: PromotionHint[] = [];
  const ordered = [...promotions].sort(comparePromotions);
  for (const promotion of ordered) {
    const check = parsePromotionRule(promotion.type, promotion.params);
    if (!check.ok) throw new RangeError(`promotion ${promotion.id}: ${check.message}`);
    if (promotion.exclusive && applied.length > 0) continue;
    if (promotionIneligibility(promotion, context) !== null) continue;
    const qualifying = lines.filter((line) => !line.priceOverridden && scopeCoversLine(promotion.scope, line.input));
    if (qualifying.length === 0) continue;
    if (promotion.type === "SPEND_SAVE") {
      const next = spendSaveNextStep(sumRemaining(qualifying), promotion.params);
      if (next !== null) hints.push({ promotionId: promotion.id, label: promotion.name, ...next });
    }
    const discounts = ruleDiscounts(promotion, qualifying);
    let amount = 0;
    const lineIds: string[] = [];
    qualifying.forEach((line, position) => {
      const discount = discounts[position] as Money;
      if (discount <= 0) return;
      discountLine(line, { source: "PROMOTION", sourceId: promotion.id, label: promotion.name, amount: discount });
      line.promotionDiscounted = true;
      if (!promotion.stackableWithCoupons) line.couponBlocked = true;
      amount += discount;
      lineIds.push(line.input.lineId);
    });
    if (amount === 0) continue;
    applied.push({ promotionId: promotion.id, name: promotion.name, type: promotion.type, amount, lineIds });
    if (promotion.exclusive) break;
  }
  return { applied, hints };
}
