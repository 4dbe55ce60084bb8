import { expirePoints } from "@o2o/domain";
import type { AuditWriter } from "../../audit/audit-writer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { auditAsSystem, type LoyaltyAudit } from "./loyalty-audit.ts";
import { type LedgerEntry, openLots } from "./points-ledger-lots.ts";

const BATCH = 500;
const LEDGER_SELECT = { id: true, memberId: true, delta: true, reason: true, expiresAt: true, createdAt: true } as const;

export type PointsExpiryRun = { membersChecked: number; membersExpired: number; pointsExpired: number };

/**
 * Expires points lots that reached their expiresAt (see points-ledger-lots.ts for how lots are accounted). Each member
 * is settled in its own transaction holding the member row lock, so a sale, a return or another API instance running
 * the same job waits or sees the result: the lots are re-read under the lock, the balance falls by a conditional update
 * (never below zero) and one EXPIRE entry records it. A second run finds the lots closed and expires nothing.
 */
export class PointsExpiryService {
  constructor(
    private readonly db: Db,
    private readonly writer: AuditWriter,
  ) {}

  async expirePoints(now: Date, opts: { merchantId?: string; audit?: LoyaltyAudit } = {}): Promise<PointsExpiryRun> {
    const audit = opts.audit ?? auditAsSystem(this.writer);
    const run: PointsExpiryRun = { membersChecked: 0, membersExpired: 0, pointsExpired: 0 };
    const byMerchant = new Map<string, { members: number; points: number }>();
    let after = "";
    for (;;) {
      const batch = await this.candidates(now, opts.merchantId ?? null, after);
      const last = batch.at(-1);
      if (!last) break;
      after = last.id;
      const ledgers = await this.ledgersOf(batch.map((m) => m.id));
      for (const member of batch) {
        run.membersChecked++;
        if (expirePoints(openLots(ledgers.get(member.id) ?? []), now).points === 0) continue;
        const taken = await this.db
          .$transaction((tx) => this.expireMember(tx, member.id, now))
          .catch((error: unknown) => {
            console.error(`[points] could not expire points of member ${member.id}`, error);
            return null;
          });
        if (!taken) continue;
        run.membersExpired++;
        run.pointsExpired += taken;
        const tally = byMerchant.get(member.merchantId) ?? { members: 0, points: 0 };
        tally.members++;
        tally.points += taken;
        byMerchant.set(member.merchantId, tally);
      }
      if (batch.length < BATCH) break;
    }
    for (const [merchantId, tally] of byMerchant) {
      await audit.record(this.db, merchantId, {
        action: "points.expire",
        entityType: "PointsExpiryRun",
        after: { asOf: now.toISOString(), membersExpired: tally.members, pointsExpired: tally.points },
      });
    }
    return run;
  }

  /** Points taken from the member's balance (0 when nothing was due after all, or the balance was already empty). */
  private async expireMember(tx: Tx, memberId: string, now: Date): Promise<number> {
    const locked = await tx.$queryRawUnsafe<{ pointsBalance: number }[]>(
      `SELECT "pointsBalance" FROM "Member" WHERE id = $1 FOR UPDATE`,
      memberId,
    );
    const balance = locked[0]?.pointsBalance;
    if (balance === undefined) return 0;
    const ledger = await tx.pointsEntry.findMany({ where: { memberId }, select: LEDGER_SELECT });
    const due = expirePoints(openLots(ledger), now);
    if (due.points === 0) return 0;
    const take = Math.max(0, Math.min(balance, due.points));
    if (take > 0) {
      const updated = await tx.member.updateMany({
        where: { id: memberId, pointsBalance: { gte: take } },
        data: { pointsBalance: { decrement: take } },
      });
      if (updated.count !== 1) throw new Error(`member ${memberId} points changed under a row lock`);
    }
    // Written even when the balance could give nothing: the entry closes the expired lots either way.
    await tx.pointsEntry.create({
      data: {
        memberId,
        delta: -take,
        balanceAfter: balance - take,
        reason: "EXPIRE",
        note: `${due.lots.length} 批积分到期 expired (${due.points} points)`,
        createdAt: now,
      },
    });
    return take;
  }

  /**
   * Members of the merchant (or all) with points and a lot that expired after their last EXPIRE entry: only they can
   * have anything to expire. Keyset over member id.
   */
  private candidates(now: Date, merchantId: string | null, after: string) {
    return this.db.$queryRawUnsafe<{ id: string; merchantId: string }[]>(
      `SELECT m.id, m."merchantId" FROM "Member" m
        WHERE m."pointsBalance" > 0 AND ($1::text IS NULL OR m."merchantId" = $1) AND m.id > $2
          AND EXISTS (
            SELECT 1 FROM "PointsEntry" p
             WHERE p."memberId" = m.id AND p.delta > 0 AND p."expiresAt" <= $3::timestamp
               AND p."expiresAt" > COALESCE(
                 (SELECT max(e."createdAt") FROM "PointsEntry" e WHERE e."memberId" = m.id AND e.reason = 'EXPIRE'),
                 '-infinity'::timestamp))
        ORDER BY m.id LIMIT ${BATCH}`,
      merchantId,
      after,
      now.toISOString(),
    );
  }

  private async ledgersOf(memberIds: string[]): Promise<Map<string, LedgerEntry[]>> {
    const rows = await this.db.pointsEntry.findMany({ where: { memberId: { in: memberIds } }, select: LEDGER_SELECT });
    const ledgers = new Map<string, LedgerEntry[]>();
    for (const row of rows) {
      const list = ledgers.get(row.memberId);
      if (list) list.push(row);
      else ledgers.set(row.memberId, [row]);
    }
    return ledgers;
  }
}
