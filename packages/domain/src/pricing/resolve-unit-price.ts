import { assertNonNegativeInteger } from "../input-assertions.ts";
import type { Money } from "../money/money.ts";
import { isActiveAt } from "../time/validity-window.ts";

export type UnitPriceSource = "BASE" | "CHANNEL" | "STORE" | "STORE_CHANNEL" | "TIER";

export interface PriceOverride {
  /** null/undefined = any channel */
  readonly channelId?: string | null;
  /** null/undefined = any store */
  readonly storeId?: string | null;
  readonly price: Money;
  readonly startsAt?: Date | null;
  readonly endsAt?: Date | null;
}

export interface TierPrice {
  readonly tierId: string;
  readonly price: Money;
}

export interface UnitPriceInput {
  readonly basePrice: Money;
  readonly overrides: readonly PriceOverride[];
  readonly tierPrices: readonly TierPrice[];
  readonly context: {
    readonly channelId: string;
    readonly storeId: string;
    readonly tierId?: string | null;
    readonly at: Date;
  };
}

export interface ResolvedUnitPrice {
  /** what the customer pays per unit before promotions */
  readonly price: Money;
  /** the non-member price (base or most specific override), shown struck through when a tier price wins */
  readonly listPrice: Money;
  readonly source: UnitPriceSource;
}

const SPECIFICITY: Record<Exclude<UnitPriceSource, "TIER">, number> = {
  BASE: 0,
  CHANNEL: 1,
  STORE: 2,
  STORE_CHANNEL: 3,
};

function overrideSource(override: PriceOverride): Exclude<UnitPriceSource, "TIER"> {
  const hasChannel = override.channelId != null;
  const hasStore = override.storeId != null;
  if (hasStore && hasChannel) return "STORE_CHANNEL";
  if (hasStore) return "STORE";
  if (hasChannel) return "CHANNEL";
  return "BASE";
}

function startTime(override: PriceOverride): number {
  return override.startsAt == null ? Number.NEGATIVE_INFINITY : override.startsAt.getTime();
}

function isMoreSpecific(
  candidate: PriceOverride,
  candidateSource: Exclude<UnitPriceSource, "TIER">,
  best: PriceOverride,
  bestSource: Exclude<UnitPriceSource, "TIER">,
): boolean {
  const bySpecificity = SPECIFICITY[candidateSource] - SPECIFICITY[bestSource];
  if (bySpecificity !== 0) return bySpecificity > 0;
  const candidateStart = startTime(candidate);
  const bestStart = startTime(best);
  if (candidateStart !== bestStart) return candidateStart > bestStart;
  return candidate.price < best.price;
}

/**
 * Rule: unit price = base, replaced by the most specific active override (store+channel > store > channel > none;
 * among equally specific ones the latest start wins, then the lowest price), then the member tier price if lower.
 */
export function resolveUnitPrice(input: UnitPriceInput): ResolvedUnitPrice {
  const { context } = input;
  assertNonNegativeInteger(input.basePrice, "basePrice");
  let best: PriceOverride | undefined;
  let bestSource: Exclude<UnitPriceSource, "TIER"> = "BASE";
  for (const override of input.overrides) {
    assertNonNegativeInteger(override.price, "override.price");
    if (override.channelId != null && override.channelId !== context.channelId) continue;
    if (override.storeId != null && override.storeId !== context.storeId) continue;
    if (!isActiveAt(override, context.at)) continue;
    const source = overrideSource(override);
    if (best !== undefined && !isMoreSpecific(override, source, best, bestSource)) continue;
    best = override;
    bestSource = source;
  }
  const listPrice = best === undefined ? input.basePrice : best.price;
  if (context.tierId != null) {
    for (const tierPrice of input.tierPrices) {
      if (tierPrice.tierId !== context.tierId) continue;
      assertNonNegativeInteger(tierPrice.price, "tierPrice.price");
      if (tierPrice.price < listPrice) return { price: tierPrice.price, listPrice, source: "TIER" };
    }
  }
  return { price: listPrice, listPrice, source: bestSource };
}
