import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import type { PointsReason } from "../../generated/prisma/enums.ts";

const RUN_EXPIRY = `mutation { runPointsExpiry { membersChecked membersExpired pointsExpired } }`;
const RUN_TIERS = `mutation { runTierEvaluation { membersEvaluated upgraded downgraded } }`;
const EVALUATE = `mutation($m: ID!) { evaluateMemberTier(memberId: $m) {
  member { id tier { code } } move applied reason rollingSpend missingSpend previousTier { code } tier { code } nextTier { code }
} }`;
const POINTS = `query($m: ID, $first: Int) { pointsHistory(memberId: $m, first: $first) {
  totalCount edges { node { delta balanceAfter reason note expiresAt } }
} }`;
const TIER_HISTORY = `query($m: ID) { tierHistory(memberId: $m) {
  totalCount edges { node { reason fromTier { code } toTier { code } createdAt } }
} }`;

const DAY = 86_400_000;
let env: TestEnv;
let owner: TestClient;
let merchantId: string;
let tiers: Record<string, string>;
let channelId: string;

const ago = (days: number) => new Date(Date.now() - days * DAY);

async function newMember(phone: string, opts: { tier?: string; points?: number; createdAt?: Date } = {}) {
  return env.db.member.create({
    data: {
      merchantId,
      phone,
      referralCode: randomUUID().slice(0, 12).toUpperCase(),
      tierId: opts.tier ? tiers[opts.tier] : null,
      pointsBalance: opts.points ?? 0,
      createdAt: opts.createdAt ?? new Date(),
    },
  });
}

type Entry = { delta: number; reason: PointsReason; at: Date; expiresAt?: Date | null };
async function ledger(memberId: string, entries: Entry[]) {
  let balance = 0;
  for (const e of entries) {
    balance += e.delta;
    await env.db.pointsEntry.create({
      data: { memberId, delta: e.delta, balanceAfter: balance, reason: e.reason, createdAt: e.at, expiresAt: e.expiresAt ?? null },
    });
  }
}

async function order(memberId: string, total: number, paidAt: Date, extra: Record<string, unknown> = {}) {
  return env.db.order.create({
    data: {
      merchantId,
      number: `T${randomUUID().slice(0, 10)}`,
      type: "POS_SALE",
      status: "COMPLETED",
      channelId,
      storeId: env.demo.storeIds.shanghai,
      memberId,
      subtotal: total,
      total,
      paidTotal: total,
      placedAt: paidAt,
      paidAt,
      ...extra,
    },
  });
}

const balanceOf = async (id: string) => (await env.db.member.findUniqueOrThrow({ where: { id } })).pointsBalance;
const expireEntries = (memberId: string) => env.db.pointsEntry.findMany({ where: { memberId, reason: "EXPIRE" } });

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  merchantId = env.demo.merchantId;
  const rows = await env.db.memberTier.findMany({ where: { merchantId } });
  tiers = Object.fromEntries(rows.map((t) => [t.code, t.id]));
  channelId = (await env.db.salesChannel.findFirstOrThrow({ where: { merchantId, type: "POS" } })).id;
});
afterAll(async () => {
  await env?.close();
});

describe("points expiry", () => {
  it("expires exactly what is left of an expired lot after FIFO spending, once", async () => {
    const m = await newMember("13730000101", { points: 140 });
    await ledger(m.id, [
      { delta: 100, reason: "EARN", at: ago(400), expiresAt: ago(35) },
      { delta: 50, reason: "EARN", at: ago(300), expiresAt: ago(-65) },
      { delta: -30, reason: "REDEEM", at: ago(200) }, // first-expiring first: 70 left of the first lot
      { delta: 20, reason: "ADJUST", at: ago(100) }, // never expires
    ]);
    const future = await newMember("13730000102", { points: 80 });
    await ledger(future.id, [{ delta: 80, reason: "EARN", at: ago(10), expiresAt: ago(-355) }]);

    const first = (await owner.ok<{ runPointsExpiry: { membersExpired: number; pointsExpired: number } }>(RUN_EXPIRY)).runPointsExpiry;
    expect(first.membersExpired).toBeGreaterThanOrEqual(1);
    expect(await balanceOf(m.id)).toBe(70);
    expect(await expireEntries(m.id)).toEqual([expect.objectContaining({ delta: -70, balanceAfter: 70 })]);
    expect(await balanceOf(future.id)).toBe(80);
    expect(await expireEntries(future.id)).toHaveLength(0);

    const again = (await owner.ok<{ runPointsExpiry: { membersExpired: number; pointsExpired: number } }>(RUN_EXPIRY)).runPointsExpiry;
    expect(again).toMatchObject({ membersExpired: 0, pointsExpired: 0 });
    expect(await balanceOf(m.id)).toBe(70);
    expect(await expireEntries(m.id)).toHaveLength(1);

    const audit = await env.db.auditLog.findFirstOrThrow({ where: { action: "points.expire", actorType: "STAFF" } });
    expect(audit.after).toMatchObject({ membersExpired: first.membersExpired, pointsExpired: first.pointsExpired });

    // The member sees it in their own ledger.
    const member = await env.asMember("13730000101");
    const history = (
      await member.ok<{ pointsHistory: { totalCount: number; edges: { node: { delta: number; reason: string } }[] } }>(POINTS, {})
    ).pointsHistory;
    expect(history.totalCount).toBe(5);
    expect(history.edges[0]?.node).toMatchObject({ reason: "EXPIRE", delta: -70 });
  });

  it("never takes a balance below zero, and a closed lot never eats points earned later", async () => {
    const m = await newMember("13730000103", { points: 30 });
    await ledger(m.id, [{ delta: 100, reason: "EARN", at: ago(400), expiresAt: ago(10) }]);
    await env.db.member.update({ where: { id: m.id }, data: { pointsBalance: 30 } });

    await env.api.services.pointsExpiry.expirePoints(new Date());
    expect(await balanceOf(m.id)).toBe(0);
    expect(await expireEntries(m.id)).toEqual([expect.objectContaining({ delta: -30, balanceAfter: 0 })]);
    expect(await env.db.auditLog.count({ where: { action: "points.expire", actorType: "SYSTEM" } })).toBe(1);

    // New points: a lot expiring tomorrow and one that never expires.
    await ledger(m.id, [
      { delta: 40, reason: "ADJUST", at: new Date(), expiresAt: ago(-1) },
      { delta: 25, reason: "ADJUST", at: new Date(), expiresAt: null },
    ]);
    await env.db.member.update({ where: { id: m.id }, data: { pointsBalance: 65 } });
    await env.api.services.pointsExpiry.expirePoints(new Date());
    expect(await balanceOf(m.id)).toBe(65);
    expect(await expireEntries(m.id)).toHaveLength(1);
    // Two days on, only tomorrow's lot expires: the old lot was closed by the first EXPIRE entry.
    await env.api.services.pointsExpiry.expirePoints(ago(-2));
    expect(await balanceOf(m.id)).toBe(25);
    expect((await expireEntries(m.id)).map((e) => e.delta).sort()).toEqual([-30, -40]);
  });

  it("two runs at once expire a lot once", async () => {
    const m = await newMember("13730000104", { points: 60 });
    await ledger(m.id, [{ delta: 60, reason: "EARN", at: ago(380), expiresAt: ago(15) }]);
    const runs = await Promise.all([owner.ok(RUN_EXPIRY), env.api.services.pointsExpiry.expirePoints(new Date())]);
    expect(runs).toHaveLength(2);
    expect(await balanceOf(m.id)).toBe(0);
    expect(await expireEntries(m.id)).toEqual([expect.objectContaining({ delta: -60 })]);
  });

  it("is for owners: a store manager gets FORBIDDEN", async () => {
    const manager = await env.as("manager.sh");
    expect(TestClient.code(await manager.gql(RUN_EXPIRY))).toBe("FORBIDDEN");
  });
});

describe("tier evaluation", () => {
  type Evaluation = {
    move: string;
    applied: boolean;
    reason: string;
    rollingSpend: number;
    missingSpend: number | null;
    member: { tier: { code: string } | null };
    previousTier: { code: string } | null;
    tier: { code: string } | null;
    nextTier: { code: string } | null;
  };
  const evaluate = async (client: TestClient, memberId: string) =>
    (await client.ok<{ evaluateMemberTier: Evaluation }>(EVALUATE, { m: memberId })).evaluateMemberTier;
  const tierCode = async (id: string) => {
    const m = await env.db.member.findUniqueOrThrow({ where: { id }, include: { tier: true } });
    return m.tier?.code ?? null;
  };

  it("upgrades on rolling spend (ignoring cancelled and training orders); downgrades when refunds or time take it away and the tier's year is up", async () => {
    const t = await newMember("13730000201", { tier: "NORMAL" });
    const big = await order(t.id, 150_000, ago(10));
    await order(t.id, 100_000, ago(40));
    await order(t.id, 5_000_000, ago(5), { status: "CANCELLED" });
    await order(t.id, 5_000_000, ago(5), { training: true });

    const up = await evaluate(owner, t.id);
    expect(up).toMatchObject({
      move: "UPGRADE",
      applied: true,
      reason: "SPEND_THRESHOLD_MET",
      rollingSpend: 250_000,
      previousTier: { code: "NORMAL" },
      tier: { code: "SILVER" },
      nextTier: { code: "GOLD" },
      missingSpend: 550_000,
      member: { tier: { code: "SILVER" } },
    });
    expect(await evaluate(owner, t.id)).toMatchObject({ move: "UNCHANGED", applied: false, reason: "REQUIREMENTS_STILL_MET" });
    expect(await env.db.auditLog.count({ where: { action: "member.tier.upgrade", entityId: t.id } })).toBe(1);

    // A refund takes the spend below silver, but a tier reached today is held for a year (the default hold).
    await env.db.refund.create({ data: { orderId: big.id, tender: "CASH", amount: 100_000, status: "SUCCEEDED" } });
    expect(await evaluate(owner, t.id)).toMatchObject({
      move: "UNCHANGED",
      applied: false,
      reason: "DOWNGRADE_DEFERRED",
      rollingSpend: 150_000,
      tier: { code: "SILVER" },
    });
    // A year on (the upgrade dated 13 months back), the next pass moves them down.
    await env.db.tierChange.updateMany({ where: { memberId: t.id }, data: { createdAt: ago(395) } });

    // A gold member for two years whose big year is now 13 months old, with some recent spend.
    const u = await newMember("13730000202", { tier: "GOLD", createdAt: ago(730) });
    await order(u.id, 900_000, ago(400));
    await order(u.id, 250_000, ago(60));

    const marketing = await env.as("marketing");
    const run = (await marketing.ok<{ runTierEvaluation: { membersEvaluated: number; downgraded: number } }>(RUN_TIERS)).runTierEvaluation;
    expect(run.membersEvaluated).toBeGreaterThanOrEqual(2);
    expect(run.downgraded).toBeGreaterThanOrEqual(2);
    expect(await tierCode(t.id)).toBe("NORMAL");
    expect(await tierCode(u.id)).toBe("SILVER");

    const changes = await env.db.tierChange.findMany({ where: { memberId: { in: [t.id, u.id] } }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [c.memberId, c.fromTierId, c.toTierId, c.reason])).toEqual(
      expect.arrayContaining([
        [t.id, tiers.NORMAL, tiers.SILVER, "SPEND_THRESHOLD_MET"],
        [t.id, tiers.SILVER, tiers.NORMAL, "BELOW_CURRENT_TIER_REQUIREMENTS"],
        [u.id, tiers.GOLD, tiers.SILVER, "BELOW_CURRENT_TIER_REQUIREMENTS"],
      ]),
    );
    expect(changes).toHaveLength(3);
    const audit = await env.db.auditLog.findFirstOrThrow({ where: { action: "member.tier.downgrade", entityId: u.id } });
    expect(audit).toMatchObject({
      actorType: "STAFF",
      before: { tierId: tiers.GOLD },
      after: expect.objectContaining({ tierId: tiers.SILVER }),
    });

    // A second pass changes nothing for them.
    await marketing.ok(RUN_TIERS);
    expect(await env.db.tierChange.count({ where: { memberId: { in: [t.id, u.id] } } })).toBe(3);

    // Tier history: staff by id, the member without one.
    const cashier = await env.as("cashier.sh");
    type History = {
      tierHistory: { totalCount: number; edges: { node: { reason: string; fromTier: { code: string }; toTier: { code: string } } }[] };
    };
    const staffView = (await cashier.ok<History>(TIER_HISTORY, { m: t.id })).tierHistory;
    expect(staffView.totalCount).toBe(2);
    expect(staffView.edges.map((e) => [e.node.fromTier.code, e.node.toTier.code])).toEqual([
      ["SILVER", "NORMAL"],
      ["NORMAL", "SILVER"],
    ]);
    const member = await env.asMember("13730000201");
    expect((await member.ok<History>(TIER_HISTORY)).tierHistory.totalCount).toBe(2);
    expect(TestClient.code(await member.gql(TIER_HISTORY, { m: u.id }))).toBe("FORBIDDEN");
    expect(TestClient.code(await member.gql(POINTS, { m: u.id }))).toBe("FORBIDDEN");
    expect(TestClient.code(await cashier.gql(POINTS, {}))).toBe("BAD_USER_INPUT");
  });

  it("checks permissions: runTierEvaluation needs merchant-wide marketing:write, evaluateMemberTier member:write or marketing:write", async () => {
    const m = await newMember("13730000203");
    const cashier = await env.as("cashier.sh");
    expect(TestClient.code(await cashier.gql(RUN_TIERS))).toBe("FORBIDDEN");
    const clerk = await env.as("clerk.wh");
    expect(TestClient.code(await clerk.gql(EVALUATE, { m: m.id }))).toBe("FORBIDDEN");
    // A member with no tier and no spend joins the entry tier.
    expect(await evaluate(cashier, m.id)).toMatchObject({ move: "UPGRADE", tier: { code: "NORMAL" }, rollingSpend: 0 });
    expect(TestClient.code(await owner.gql(EVALUATE, { m: "no-such-member" }))).toBe("NOT_FOUND");
  });
});
