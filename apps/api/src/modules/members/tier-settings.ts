import { addCalendarMonths } from "@o2o/domain";

/**
 * Merchant settings of tiers, from `Merchant.settings.tiers`:
 * - `windowMonths` (1-36, default 12): the rolling spend window;
 * - `holdMonths` (0-36, default 12): a tier, once reached, is kept at least this long (会员等级有效期); a downgrade
 *   waits until then (the domain's allowDowngrade), 0 = downgrade as soon as the requirements are no longer met;
 * - `minPoints` ({ GOLD: 50000, ... }): a points balance that also qualifies for a tier.
 */
export type TierSettings = { windowMonths: number; holdMonths: number; minPointsByCode: ReadonlyMap<string, number> };

const monthsOr = (value: unknown, fallback: number, min: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= 36 ? value : fallback;

export function parseTierSettings(settings: unknown): TierSettings {
  const tiers = ((settings as { tiers?: unknown } | null)?.tiers ?? {}) as Record<string, unknown>;
  const minPoints = new Map<string, number>();
  if (tiers.minPoints && typeof tiers.minPoints === "object") {
    for (const [code, points] of Object.entries(tiers.minPoints as Record<string, unknown>)) {
      if (typeof points === "number" && Number.isInteger(points) && points > 0) minPoints.set(code, points);
    }
  }
  return {
    windowMonths: monthsOr(tiers.windowMonths, 12, 1),
    holdMonths: monthsOr(tiers.holdMonths, 12, 0),
    minPointsByCode: minPoints,
  };
}

/**
 * Whether a member may move down now: when the hold has passed since they reached their current tier (their latest
 * TierChange into it; without one, since they joined: a tier set before the ledger of changes is held from then).
 */
export function mayDowngrade(
  settings: TierSettings,
  member: { tierId: string | null; createdAt: Date },
  lastChange: { toTierId: string | null; createdAt: Date } | undefined,
  now: Date,
): boolean {
  if (settings.holdMonths === 0) return true;
  const since = lastChange && lastChange.toTierId === member.tierId ? lastChange.createdAt : member.createdAt;
  return addCalendarMonths(since, settings.holdMonths).getTime() <= now.getTime();
}
