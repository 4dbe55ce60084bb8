import { evaluateTier, rollingSpend, type SpendEntry, type TierDefinition, type TierEvaluation } from "@o2o/domain";
import type { AuditWriter } from "../../audit/audit-writer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import { type PageArgs, paginate } from "../../graphql/pagination.ts";
import { auditAsSystem, type LoyaltyAudit } from "./loyalty-audit.ts";
import { spendEntriesOf } from "./member-spend.ts";
import { mayDowngrade, parseTierSettings, type TierSettings } from "./tier-settings.ts";

const BATCH = 500;
const MEMBER_SELECT = { id: true, merchantId: true, tierId: true, pointsBalance: true, homeStoreId: true, createdAt: true } as const;

type MemberTierRow = {
  id: string;
  merchantId: string;
  tierId: string | null;
  pointsBalance: number;
  homeStoreId: string | null;
  createdAt: Date;
};
type LastChange = { toTierId: string | null; createdAt: Date };
type MerchantTiers = { tiers: TierDefinition[]; settings: TierSettings };

export type TierEvaluationRun = { membersEvaluated: number; upgraded: number; downgraded: number };

/** One member's evaluation and whether it changed their tier. */
export type MemberTierOutcome = { memberId: string; evaluation: TierEvaluation; rollingSpend: number; applied: boolean };

/**
 * Moves members between tiers with the domain rules: rolling spend over the merchant's window (12 months by default)
 * from paid orders minus refunds (member-spend.ts), or, for tiers with a points threshold in the merchant settings, the
 * points balance. Upgrades apply at once; a downgrade waits until the member has held their tier for the merchant's hold
 * (12 months by default, tier-settings.ts), and is then applied by the next evaluation. A change is a conditional update on the member's
 * tier (a concurrent evaluation that got there first wins, the other writes nothing), a TierChange row with the
 * domain's reason code, and an audit row, in one transaction.
 */
export class TierEvaluationService {
  constructor(
    private readonly db: Db,
    private readonly writer: AuditWriter,
  ) {}

  /** Every active member (of one merchant, or all), or only those with orders since `activeSince` or who joined since. */
  async evaluateTiers(now: Date, opts: { merchantId?: string; activeSince?: Date; audit?: LoyaltyAudit } = {}): Promise<TierEvaluationRun> {
    const audit = opts.audit ?? auditAsSystem(this.writer);
    const run: TierEvaluationRun = { membersEvaluated: 0, upgraded: 0, downgraded: 0 };
    const tiersOf = this.tierCache();
    const merchantFilter = opts.merchantId ? { merchantId: opts.merchantId } : {};
    const ids = opts.activeSince ? await this.activeMemberIds(opts.activeSince, opts.merchantId) : null;
    let after = "";
    for (let offset = 0; ; offset += BATCH) {
      const members: MemberTierRow[] = ids
        ? await this.db.member.findMany({
            where: { id: { in: ids.slice(offset, offset + BATCH) }, status: "ACTIVE" },
            select: MEMBER_SELECT,
          })
        : await this.db.member.findMany({
            where: { ...merchantFilter, status: "ACTIVE", id: { gt: after } },
            orderBy: { id: "asc" },
            take: BATCH,
            select: MEMBER_SELECT,
          });
      after = members.at(-1)?.id ?? after;
      const changes: MemberTierOutcome[] = [];
      for (const [merchantId, group] of groupBy(members, (m) => m.merchantId)) {
        const merchant = await tiersOf(merchantId);
        const memberIds = group.map((m) => m.id);
        const spend = await spendEntriesOf(this.db, memberIds, now, merchant.settings.windowMonths);
        const lastChanges = await lastTierChanges(this.db, memberIds);
        for (const member of group) {
          run.membersEvaluated++;
          const outcome = decide(member, merchant, spend.get(member.id) ?? [], lastChanges.get(member.id), now);
          if (outcome.evaluation.change !== "UNCHANGED") changes.push(outcome);
        }
      }
      if (changes.length) {
        const byId = new Map(members.map((m) => [m.id, m]));
        await this.db.$transaction(async (tx) => {
          for (const change of changes) {
            const member = byId.get(change.memberId) as MemberTierRow;
            if (!(await applyChange(tx, member, change, now, audit))) continue;
            if (change.evaluation.change === "UPGRADE") run.upgraded++;
            else run.downgraded++;
          }
        });
      }
      if (ids ? offset + BATCH >= ids.length : members.length < BATCH) break;
    }
    return run;
  }

  /** Evaluates one member now, holding their row lock so the spend, points and tier read are what the change is based on. */
  evaluateMember(merchantId: string, memberId: string, now: Date, audit: LoyaltyAudit): Promise<MemberTierOutcome> {
    return this.db.$transaction(async (tx) => {
      const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "Member" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
        memberId,
        merchantId,
      );
      if (!locked.length) throw notFound("Member", memberId);
      const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: MEMBER_SELECT });
      const merchant = await loadMerchantTiers(tx, merchantId);
      const spend = await spendEntriesOf(tx, [memberId], now, merchant.settings.windowMonths);
      const lastChanges = await lastTierChanges(tx, [memberId]);
      const outcome = decide(member, merchant, spend.get(memberId) ?? [], lastChanges.get(memberId), now);
      if (outcome.evaluation.change === "UNCHANGED") return outcome;
      return { ...outcome, applied: await applyChange(tx, member, outcome, now, audit) };
    });
  }

  /** A member's tier changes, newest first. */
  history(memberId: string, page: PageArgs) {
    const where = { memberId };
    return paginate(
      page,
      (p) => this.db.tierChange.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.tierChange.count({ where }),
    );
  }

  private tierCache() {
    const cache = new Map<string, Promise<MerchantTiers>>();
    return (merchantId: string) => {
      const cached = cache.get(merchantId);
      if (cached) return cached;
      const tiers = loadMerchantTiers(this.db, merchantId);
      cache.set(merchantId, tiers);
      return tiers;
    };
  }

  private async activeMemberIds(since: Date, merchantId: string | undefined): Promise<string[]> {
    const merchantFilter = merchantId ? { merchantId } : {};
    const ordered = await this.db.order.findMany({
      where: { ...merchantFilter, memberId: { not: null }, OR: [{ placedAt: { gte: since } }, { paidAt: { gte: since } }] },
      distinct: ["memberId"],
      select: { memberId: true },
    });
    const joined = await this.db.member.findMany({ where: { ...merchantFilter, createdAt: { gte: since } }, select: { id: true } });
    return [...new Set([...ordered.map((o) => o.memberId as string), ...joined.map((m) => m.id)])].sort();
  }
}

async function loadMerchantTiers(db: Db | Tx, merchantId: string): Promise<MerchantTiers> {
  const merchant = await db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { settings: true } });
  const settings = parseTierSettings(merchant.settings);
  const rows = await db.memberTier.findMany({ where: { merchantId }, orderBy: { rank: "asc" } });
  const tiers = rows.map((t) => ({
    id: t.id,
    code: t.code,
    rank: t.rank,
    minRollingSpend: t.minRollingSpend,
    minPoints: settings.minPointsByCode.get(t.code) ?? null,
  }));
  return { tiers, settings };
}

/** Each member's latest tier change. */
async function lastTierChanges(db: Db | Tx, memberIds: string[]): Promise<Map<string, LastChange>> {
  const rows = await db.tierChange.findMany({
    where: { memberId: { in: memberIds } },
    orderBy: [{ memberId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    distinct: ["memberId"],
    select: { memberId: true, toTierId: true, createdAt: true },
  });
  return new Map(rows.map((r) => [r.memberId, r]));
}

function decide(
  member: MemberTierRow,
  merchant: MerchantTiers,
  entries: SpendEntry[],
  last: LastChange | undefined,
  now: Date,
): MemberTierOutcome {
  const spend = rollingSpend(entries, now, merchant.settings.windowMonths);
  const evaluation = evaluateTier({
    tiers: merchant.tiers,
    rollingSpend: spend,
    points: Math.max(0, member.pointsBalance),
    currentTierId: member.tierId,
    allowDowngrade: mayDowngrade(merchant.settings, member, last, now),
  });
  return { memberId: member.id, evaluation, rollingSpend: spend, applied: false };
}

/** False when the member's tier changed since it was read (another evaluation won): nothing is written then. */
async function applyChange(tx: Tx, member: MemberTierRow, outcome: MemberTierOutcome, now: Date, audit: LoyaltyAudit): Promise<boolean> {
  const { evaluation } = outcome;
  const moved = await tx.member.updateMany({ where: { id: member.id, tierId: member.tierId }, data: { tierId: evaluation.tierId } });
  if (moved.count !== 1) return false;
  await tx.tierChange.create({
    data: { memberId: member.id, fromTierId: member.tierId, toTierId: evaluation.tierId, reason: evaluation.reason, createdAt: now },
  });
  await audit.record(tx, member.merchantId, {
    action: `member.tier.${evaluation.change.toLowerCase()}`,
    entityType: "Member",
    entityId: member.id,
    storeId: member.homeStoreId,
    before: { tierId: member.tierId },
    after: { tierId: evaluation.tierId, reason: evaluation.reason, rollingSpend: outcome.rollingSpend },
  });
  return true;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
