import type { Money } from "../money/money.ts";

export interface ScheduledPriceChange {
  readonly id: string;
  readonly variantId: string;
  readonly storeId?: string | null;
  readonly channelId?: string | null;
  readonly newPrice: Money;
  readonly effectiveAt: Date;
  /** set once applied; applied changes are never due again */
  readonly appliedAt?: Date | null;
}

// Rule: a scheduled change is due once effectiveAt <= at and it has not been applied; apply in the returned order
// (effectiveAt, then id), so the latest change for a variant/store/channel is the one left standing.
export function dueScheduledChanges<T extends ScheduledPriceChange>(changes: readonly T[], at: Date): T[] {
  const now = at.getTime();
  return changes
    .filter((change) => change.appliedAt == null && change.effectiveAt.getTime() <= now)
    .sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
