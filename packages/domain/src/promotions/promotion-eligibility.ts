import type { CartContext } from "../pricing/cart-types.ts";
import { localTimeParts } from "../time/local-time.ts";
import { windowPosition } from "../time/validity-window.ts";
import { scopeCoversContext } from "./discount-scope.ts";
import type { PromotionBase, PromotionSchedule } from "./promotion-types.ts";

export type PromotionIneligibility =
  | "NOT_STARTED"
  | "ENDED"
  | "OUTSIDE_SCHEDULE"
  | "STORE_OR_CHANNEL_NOT_IN_SCOPE"
  | "MEMBERS_ONLY"
  | "TIER_NOT_ELIGIBLE";

// Rule: a schedule matches when the local day is listed and the local minute is in [start, end); a window that wraps
// midnight (start > end) belongs to the day it started on.
export function scheduleMatches(schedule: PromotionSchedule, at: Date, timezoneOffsetMinutes?: number): boolean {
  const local = localTimeParts(at, timezoneOffsetMinutes);
  const start = schedule.startMinute ?? 0;
  const end = schedule.endMinute ?? 1440;
  let dayOfWeek = local.dayOfWeek;
  if (start < end) {
    if (local.minuteOfDay < start || local.minuteOfDay >= end) return false;
  } else if (start > end) {
    if (local.minuteOfDay < end) dayOfWeek = (dayOfWeek + 6) % 7;
    else if (local.minuteOfDay < start) return false;
  }
  const days = schedule.daysOfWeek;
  return days == null || days.length === 0 || days.includes(dayOfWeek);
}

// Rule: why a promotion cannot apply in this context (dates, schedule, store/channel, member, tier), or null if it can.
export function promotionIneligibility(promotion: PromotionBase, context: CartContext): PromotionIneligibility | null {
  const position = windowPosition(promotion, context.at);
  if (position === "BEFORE") return "NOT_STARTED";
  if (position === "AFTER") return "ENDED";
  if (promotion.schedule != null && !scheduleMatches(promotion.schedule, context.at, context.timezoneOffsetMinutes)) {
    return "OUTSIDE_SCHEDULE";
  }
  if (!scopeCoversContext(promotion.scope, context)) return "STORE_OR_CHANNEL_NOT_IN_SCOPE";
  if ((promotion.memberOnly || promotion.tierIds.length > 0) && context.memberId == null) return "MEMBERS_ONLY";
  if (promotion.tierIds.length > 0 && (context.tierId == null || !promotion.tierIds.includes(context.tierId))) {
    return "TIER_NOT_ELIGIBLE";
  }
  return null;
}
