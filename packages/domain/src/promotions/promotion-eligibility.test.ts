import { describe, expect, it } from "vitest";
import { cartContext, NOON_WEDNESDAY, promotion } from "../pricing/cart-test-builders.ts";
import type { CartContext } from "../pricing/cart-types.ts";
import { promotionIneligibility, scheduleMatches } from "./promotion-eligibility.ts";
import type { PromotionBase, PromotionSchedule } from "./promotion-types.ts";

const rule = { type: "PERCENT_OFF", params: { bps: 1000 } } as const;

describe("promotionIneligibility", () => {
  it.each<[string, Partial<PromotionBase>, Partial<CartContext>, string | null]>([
    ["always-on", {}, {}, null],
    ["not started", { startsAt: new Date(NOON_WEDNESDAY.getTime() + 1) }, {}, "NOT_STARTED"],
    ["starts exactly now", { startsAt: NOON_WEDNESDAY }, {}, null],
    ["ends exactly now", { endsAt: NOON_WEDNESDAY }, {}, "ENDED"],
    ["ends 1ms later", { endsAt: new Date(NOON_WEDNESDAY.getTime() + 1) }, {}, null],
    ["other store", { scope: { storeIds: ["store-2"] } }, {}, "STORE_OR_CHANNEL_NOT_IN_SCOPE"],
    ["this store", { scope: { storeIds: ["store-1", "store-2"] } }, {}, null],
    ["other channel", { scope: { channels: ["ONLINE", "SOCIAL"] } }, {}, "STORE_OR_CHANNEL_NOT_IN_SCOPE"],
    ["members only, guest", { memberOnly: true }, {}, "MEMBERS_ONLY"],
    ["members only, member", { memberOnly: true }, { memberId: "m1" }, null],
    ["tier only, guest", { tierIds: ["gold"] }, {}, "MEMBERS_ONLY"],
    ["tier only, other tier", { tierIds: ["gold"] }, { memberId: "m1", tierId: "silver" }, "TIER_NOT_ELIGIBLE"],
    ["tier only, right tier", { tierIds: ["gold"] }, { memberId: "m1", tierId: "gold" }, null],
    ["Wednesday schedule", { schedule: { daysOfWeek: [3] } }, {}, null],
    ["weekend schedule", { schedule: { daysOfWeek: [0, 6] } }, {}, "OUTSIDE_SCHEDULE"],
    [
      "weekend in UTC is still Wednesday in Shanghai",
      { schedule: { daysOfWeek: [0, 6] } },
      { timezoneOffsetMinutes: 0 },
      "OUTSIDE_SCHEDULE",
    ],
  ])("%s", (_name, extra, context, expected) => {
    expect(promotionIneligibility(promotion("p", rule, extra), cartContext(context))).toBe(expected);
  });
});

describe("scheduleMatches (store local time, +08:00)", () => {
  // 2025-06-11 is a Wednesday (3); local noon = 04:00Z.
  const local = (iso: string): Date => new Date(`${iso}+08:00`);
  it.each<[string, PromotionSchedule, string, boolean]>([
    ["lunch window, inside", { startMinute: 660, endMinute: 840 }, "2025-06-11T12:00:00", true],
    ["lunch window, at start", { startMinute: 660, endMinute: 840 }, "2025-06-11T11:00:00", true],
    ["lunch window, at end (exclusive)", { startMinute: 660, endMinute: 840 }, "2025-06-11T14:00:00", false],
    ["lunch window, 1 minute before", { startMinute: 660, endMinute: 840 }, "2025-06-11T10:59:00", false],
    ["late night Friday, Friday 23:00", { daysOfWeek: [5], startMinute: 1320, endMinute: 120 }, "2025-06-13T23:00:00", true],
    ["late night Friday, Saturday 01:00", { daysOfWeek: [5], startMinute: 1320, endMinute: 120 }, "2025-06-14T01:00:00", true],
    ["late night Friday, Friday 01:00", { daysOfWeek: [5], startMinute: 1320, endMinute: 120 }, "2025-06-13T01:00:00", false],
    ["late night Friday, Saturday 02:00", { daysOfWeek: [5], startMinute: 1320, endMinute: 120 }, "2025-06-14T02:00:00", false],
    ["whole day", { daysOfWeek: [3] }, "2025-06-11T00:00:00", true],
    ["whole day, next day", { daysOfWeek: [3] }, "2025-06-12T00:00:00", false],
  ])("%s", (_name, schedule, at, expected) => {
    expect(scheduleMatches(schedule, local(at))).toBe(expected);
  });

  it("honours the store offset", () => {
    const at = new Date("2025-06-11T20:00:00Z"); // Thursday 04:00 in Shanghai, Wednesday 20:00 UTC
    expect(scheduleMatches({ daysOfWeek: [4] }, at)).toBe(true);
    expect(scheduleMatches({ daysOfWeek: [4] }, at, 0)).toBe(false);
  });
});
