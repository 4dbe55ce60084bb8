import type { DemoMerchant } from "./demo-merchant.ts";
import type { DemoTiers, MemberPlan } from "./demo-members.ts";
import { chinaMidnight, minutesFrom, type SeedContext } from "./seed-context.ts";

/** A saved high-value segment and a styling event at the Shanghai shop with two sign-ups. */
export async function seedMemberEngagement(
  ctx: SeedContext,
  refs: { merchant: DemoMerchant; tiers: DemoTiers; members: MemberPlan[] },
): Promise<Record<string, number>> {
  const { db, merchantId, ids, now } = ctx;
  await db.memberSegment.create({
    data: { id: ids(), merchantId, name: "高价值会员", rules: { tierIds: [refs.tiers.GOLD.id, refs.tiers.DIAMOND.id] } },
  });

  // Next week, 14:00-16:00 China time.
  const startsAt = minutesFrom(chinaMidnight(now, -7), 14 * 60);
  const eventId = ids();
  await db.memberEvent.create({
    data: {
      id: eventId,
      merchantId,
      storeId: refs.merchant.stores.SH01.id,
      title: "秋冬新品穿搭沙龙",
      description: "造型师现场讲解秋冬叠穿技巧，到场会员可领取限定礼品。",
      startsAt,
      endsAt: minutesFrom(startsAt, 120),
      capacity: 20,
      status: "ACTIVE",
    },
  });
  const signups = await db.eventSignup.createMany({
    data: refs.members.slice(0, 2).map((m) => ({ id: ids(), eventId, memberId: m.id })),
  });
  return { memberSegments: 1, memberEvents: 1, eventSignups: signups.count };
}
