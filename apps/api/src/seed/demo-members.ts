import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoMerchant } from "./demo-merchant.ts";
import { daysFrom, insertInBatches, randomInstant, type SeedContext } from "./seed-context.ts";
import type { Random } from "./seed-random.ts";

export type TierCode = "NORMAL" | "SILVER" | "GOLD" | "DIAMOND";
export type DemoTiers = Record<TierCode, { id: string; multiplierBps: number }>;

const TIERS: { code: TierCode; name: string; en: string; zhTW: string; rank: number; minRollingSpend: number; bps: number }[] = [
  { code: "NORMAL", name: "普通会员", en: "Member", zhTW: "普通會員", rank: 1, minRollingSpend: 0, bps: 10000 },
  { code: "SILVER", name: "银卡", en: "Silver", zhTW: "銀卡", rank: 2, minRollingSpend: 200000, bps: 12000 },
  { code: "GOLD", name: "金卡", en: "Gold", zhTW: "金卡", rank: 3, minRollingSpend: 800000, bps: 15000 },
  { code: "DIAMOND", name: "钻石", en: "Diamond", zhTW: "鑽石", rank: 4, minRollingSpend: 2000000, bps: 20000 },
];

/** The four member tiers, from 普通会员 to 钻石. */
export async function seedMemberTiers(ctx: SeedContext): Promise<{ tiers: DemoTiers; count: number }> {
  const rows = TIERS.map((t) => ({
    id: ctx.ids(),
    merchantId: ctx.merchantId,
    code: t.code,
    name: t.name,
    nameI18n: { en: t.en, "zh-TW": t.zhTW },
    rank: t.rank,
    minRollingSpend: t.minRollingSpend,
    pointsMultiplierBps: t.bps,
    benefits: { birthdayCoupon: t.rank >= 2, freeShipping: t.rank >= 3 },
  }));
  const { count } = await ctx.db.memberTier.createMany({ data: rows });
  const tiers = Object.fromEntries(rows.map((r) => [r.code, { id: r.id, multiplierBps: r.pointsMultiplierBps }]));
  return { tiers: tiers as DemoTiers, count };
}

/** A member before insert: what orders need to know about them, plus the opening figures of their history. */
export type MemberPlan = {
  id: string;
  phone: string;
  name: string;
  tier: TierCode;
  tierId: string;
  multiplierBps: number;
  homeStoreId: string | null;
  createdAt: Date;
  row: Prisma.MemberCreateManyInput;
  /** Spend before the seeded order history, in 分. */
  openingSpend: number;
  /** The points balance aimed for; opening entries make up what the member's orders did not earn. */
  targetPoints: number;
};

/** Points a member earned on one seeded order. */
export type OrderEarning = { memberId: string; orderId: string; orderNumber: string; points: number; total: number; at: Date };

export const DEMO_MEMBER_COUNT = 50;
/** Demo balances stay within 0-5000 points; the order plan stops crediting a member who would pass it. */
export const DEMO_MAX_POINTS = 5000;

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"];
const GIVEN = [
  "婷婷",
  "子轩",
  "欣怡",
  "浩然",
  "雨桐",
  "梓涵",
  "宇航",
  "思彤",
  "俊杰",
  "佳怡",
  "一诺",
  "明轩",
  "诗涵",
  "子豪",
  "晓燕",
  "建国",
  "秀英",
  "志强",
  "丽娟",
  "海涛",
];
const REFERRAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
// The first members have fixed tiers so the demo logins show a tier price and a member-only promotion.
const FIXED_TIERS: TierCode[] = ["GOLD", "SILVER", "NORMAL", "DIAMOND"];
const SPEND_RANGE: Record<TierCode, [number, number]> = {
  NORMAL: [0, 150000],
  SILVER: [200000, 700000],
  GOLD: [800000, 1800000],
  DIAMOND: [2000000, 3500000],
};

function randomTier(random: Random): TierCode {
  const roll = random.next();
  return roll < 0.5 ? "NORMAL" : roll < 0.75 ? "SILVER" : roll < 0.9 ? "GOLD" : "DIAMOND";
}

/** 50 members with unique phones 13800000001…, names, tiers, consents and home stores (in memory). */
export function planMembers(ctx: SeedContext, random: Random, tiers: DemoTiers, merchant: DemoMerchant): MemberPlan[] {
  const names = new Set<string>();
  const referralCodes = new Set<string>();
  const plans: MemberPlan[] = [];
  for (let i = 1; i <= DEMO_MEMBER_COUNT; i++) {
    let name = "";
    do name = random.pick(SURNAMES) + random.pick(GIVEN);
    while (names.has(name));
    names.add(name);
    let referralCode = "";
    do referralCode = random.code(8, REFERRAL_ALPHABET);
    while (referralCodes.has(referralCode));
    referralCodes.add(referralCode);

    const tier = FIXED_TIERS[i - 1] ?? randomTier(random);
    const [minSpend, maxSpend] = SPEND_RANGE[tier];
    const createdAt = daysFrom(ctx.now, -random.int(40, 700));
    const homeRoll = random.next();
    const homeStoreId = homeRoll < 0.55 ? merchant.stores.SH01.id : homeRoll < 0.9 ? merchant.stores.BJ01.id : null;
    const consent = random.chance(0.6);
    const birthday = random.chance(0.7) ? new Date(Date.UTC(random.int(1965, 2003), random.int(0, 11), random.int(1, 28))) : null;
    const id = ctx.ids();
    const phone = `1380000${String(i).padStart(4, "0")}`;
    plans.push({
      id,
      phone,
      name,
      tier,
      tierId: tiers[tier].id,
      multiplierBps: tiers[tier].multiplierBps,
      homeStoreId,
      createdAt,
      openingSpend: random.int(minSpend / 100, maxSpend / 100) * 100,
      targetPoints: random.int(0, DEMO_MAX_POINTS),
      row: {
        id,
        merchantId: ctx.merchantId,
        phone,
        name,
        email: random.chance(0.3) ? `member${i}@example.com` : null,
        birthday,
        gender: random.pick(["F", "M"]),
        consentMarketing: consent,
        consentAt: consent ? createdAt : null,
        tierId: tiers[tier].id,
        homeStoreId,
        referralCode,
        createdAt,
      },
    });
  }
  return plans;
}

/**
 * Inserts the members with balances that match their ledger: a few opening EARN entries (within the last year, so
 * none has expired) plus one EARN entry per seeded order. Returns the ledger rows, written once the orders exist.
 */
export async function seedMembers(
  ctx: SeedContext,
  random: Random,
  refs: { plans: MemberPlan[]; earnings: OrderEarning[]; loginPasswordHash: string; loginCount: number },
): Promise<{ count: number; pointsEntries: Prisma.PointsEntryCreateManyInput[] }> {
  const { ids, now } = ctx;
  const memberRows: Prisma.MemberCreateManyInput[] = [];
  const pointsEntries: Prisma.PointsEntryCreateManyInput[] = [];
  for (const [index, plan] of refs.plans.entries()) {
    const earned = refs.earnings.filter((e) => e.memberId === plan.id);
    const fromOrders = earned.reduce((sum, e) => sum + e.points, 0);
    let opening = Math.max(0, plan.targetPoints - fromOrders);
    const openingFrom = new Date(Math.max(plan.createdAt.getTime(), daysFrom(now, -330).getTime()));
    const entries: { delta: number; at: Date; orderId: string | null; note: string }[] = [];
    for (let part = random.int(1, 3); opening > 0 && part > 0; part--) {
      const delta = part === 1 ? opening : random.int(1, opening);
      entries.push({ delta, at: randomInstant(random, openingFrom, daysFrom(now, -31)), orderId: null, note: "历史消费积分" });
      opening -= delta;
    }
    for (const e of earned) {
      if (e.points > 0) entries.push({ delta: e.points, at: e.at, orderId: e.orderId, note: `订单 ${e.orderNumber}` });
    }
    entries.sort((a, b) => a.at.getTime() - b.at.getTime());

    let balance = 0;
    for (const entry of entries) {
      balance += entry.delta;
      pointsEntries.push({
        id: ids(),
        memberId: plan.id,
        delta: entry.delta,
        balanceAfter: balance,
        reason: "EARN",
        orderId: entry.orderId,
        note: entry.note,
        expiresAt: daysFrom(entry.at, 365),
        createdAt: entry.at,
      });
    }
    memberRows.push({
      ...plan.row,
      pointsBalance: balance,
      lifetimeSpend: plan.openingSpend + earned.reduce((sum, e) => sum + e.total, 0),
      passwordHash: index < refs.loginCount ? refs.loginPasswordHash : null,
    });
  }
  const count = await insertInBatches(memberRows, (data) => ctx.db.member.createMany({ data }));
  return { count, pointsEntries };
}
