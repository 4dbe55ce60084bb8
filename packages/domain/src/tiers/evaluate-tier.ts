import type { Money } from "../money/money.ts";

export interface TierDefinition {
  readonly id: string;
  readonly code: string;
  /** higher is better */
  readonly rank: number;
  readonly minRollingSpend: Money;
  /** when set, holding this many points also qualifies */
  readonly minPoints?: number | null;
}

export type TierChange = "UPGRADE" | "DOWNGRADE" | "UNCHANGED";

export type TierChangeReason =
  | "SPEND_THRESHOLD_MET"
  | "POINTS_THRESHOLD_MET"
  | "BELOW_CURRENT_TIER_REQUIREMENTS"
  | "DOWNGRADE_DEFERRED"
  | "REQUIREMENTS_STILL_MET"
  | "NO_TIER_QUALIFIES";

export interface TierEvaluation {
  readonly change: TierChange;
  readonly tierId: string | null;
  readonly previousTierId: string | null;
  readonly reason: TierChangeReason;
  /** the next tier up from the resulting one, and the rolling spend still missing for it */
  readonly next: { readonly tierId: string; readonly missingSpend: Money } | null;
}

function qualification(tier: TierDefinition, spend: Money, points: number | undefined) {
  if (spend >= tier.minRollingSpend) return "SPEND_THRESHOLD_MET" as const;
  if (tier.minPoints != null && points !== undefined && points >= tier.minPoints) return "POINTS_THRESHOLD_MET" as const;
  return null;
}

/**
 * Rule: a member belongs to the highest-ranked tier whose rolling spend (or, if set, points) requirement they meet;
 * moving up is immediate, moving down only when allowDowngrade (default true; pass false between review dates).
 */
export function evaluateTier(input: {
  readonly tiers: readonly TierDefinition[];
  readonly rollingSpend: Money;
  readonly points?: number;
  readonly currentTierId: string | null;
  readonly allowDowngrade?: boolean;
}): TierEvaluation {
  const ordered = [...input.tiers].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const current = ordered.find((tier) => tier.id === input.currentTierId) ?? null;
  let qualified: TierDefinition | null = null;
  let qualifiedBy: "SPEND_THRESHOLD_MET" | "POINTS_THRESHOLD_MET" | null = null;
  for (const tier of ordered) {
    qualifiedBy = qualification(tier, input.rollingSpend, input.points);
    if (qualifiedBy !== null) {
      qualified = tier;
      break;
    }
  }
  const previousTierId = current?.id ?? null;
  const result = (change: TierChange, tier: TierDefinition | null, reason: TierChangeReason): TierEvaluation => {
    const above = ordered.filter((candidate) => tier === null || candidate.rank > tier.rank);
    const next = above[above.length - 1];
    return {
      change,
      tierId: tier?.id ?? null,
      previousTierId,
      reason,
      next: next === undefined ? null : { tierId: next.id, missingSpend: Math.max(0, next.minRollingSpend - input.rollingSpend) },
    };
  };
  const currentRank = current?.rank ?? Number.NEGATIVE_INFINITY;
  if (qualified !== null && qualifiedBy !== null && qualified.rank > currentRank) {
    return result("UPGRADE", qualified, qualifiedBy);
  }
  if (qualified !== null && qualified.rank === currentRank) return result("UNCHANGED", current, "REQUIREMENTS_STILL_MET");
  if (current === null) return result("UNCHANGED", null, "NO_TIER_QUALIFIES");
  if (input.allowDowngrade === false) return result("UNCHANGED", current, "DOWNGRADE_DEFERRED");
  return result("DOWNGRADE", qualified, "BELOW_CURRENT_TIER_REQUIREMENTS");
}
