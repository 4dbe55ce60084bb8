import { type BulkColumn, bulkInsert, newId } from "../../db/bulk-insert.ts";
import type { RawSql } from "../../db/sql-client.ts";
import { newReferralCode } from "../auth/auth.service.ts";
import type { ExistingMember, ImportReferences, MemberImportPlan } from "./member-import.plan.ts";

const CHUNK = 2000;

const MEMBER_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "merchantId", type: "text" },
  { name: "phone", type: "text" },
  { name: "name", type: "text" },
  { name: "email", type: "text" },
  { name: "birthday", type: "text", cast: "date" },
  { name: "gender", type: "text" },
  { name: "consentMarketing", type: "bool" },
  { name: "consentAt", type: "timestamptz" },
  { name: "tierId", type: "text" },
  { name: "pointsBalance", type: "int" },
  { name: "homeStoreId", type: "text" },
  { name: "referralCode", type: "text" },
  { name: "createdAt", type: "timestamptz" },
  { name: "updatedAt", type: "timestamptz" },
];
const POINTS_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "memberId", type: "text" },
  { name: "delta", type: "int" },
  { name: "balanceAfter", type: "int" },
  { name: "reason", type: "text", cast: '"PointsReason"' },
  { name: "note", type: "text" },
  { name: "expiresAt", type: "timestamptz" },
  { name: "createdAt", type: "timestamptz" },
];
const TIER_CHANGE_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "memberId", type: "text" },
  { name: "fromTierId", type: "text" },
  { name: "toTierId", type: "text" },
  { name: "reason", type: "text" },
  { name: "createdAt", type: "timestamptz" },
];

/** TierChange.reason of a tier set by an import. */
export const IMPORT_TIER_REASON = "IMPORT";

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The merchant's members with these phones (locked FOR UPDATE when importing, so their balances and fields cannot change
 * under the plan), and the store codes and tier keys rows may name.
 */
export async function loadImportState(db: RawSql, merchantId: string, phones: string[], lock: boolean) {
  const members = await db.$queryRawUnsafe<ExistingMember[]>(
    `SELECT id, phone, name, email, birthday, gender, "homeStoreId", "tierId", "pointsBalance"
       FROM "Member" WHERE "merchantId" = $1 AND phone = ANY($2::text[]) ORDER BY id${lock ? " FOR UPDATE" : ""}`,
    merchantId,
    phones,
  );
  const stores = await db.$queryRawUnsafe<{ id: string; code: string }[]>(
    `SELECT id, code FROM "Store" WHERE "merchantId" = $1`,
    merchantId,
  );
  const tiers = await db.$queryRawUnsafe<{ id: string; code: string; name: string }[]>(
    `SELECT id, code, name FROM "MemberTier" WHERE "merchantId" = $1 ORDER BY rank`,
    merchantId,
  );
  const tiersByKey = new Map<string, string>();
  for (const t of tiers) tiersByKey.set(t.name.toLowerCase(), t.id);
  for (const t of tiers) tiersByKey.set(t.code.toLowerCase(), t.id);
  const refs: ImportReferences = { storesByCode: new Map(stores.map((s) => [s.code.toUpperCase(), s.id])), tiersByKey };
  return { existing: new Map(members.map((m) => [m.phone, m])), refs };
}

/**
 * Writes a plan with set-based statements: new members (one INSERT per 2,000), filled members (one UPDATE ... FROM
 * unnest per 2,000, COALESCE so a value present is never overwritten), their ADJUST points entries (opening balances,
 * a lot expiring after the merchant's points validity) and TierChange rows for tiers the file set.
 */
export async function writeMemberImport(
  tx: RawSql,
  merchantId: string,
  plan: MemberImportPlan,
  opts: { at: Date; pointsExpireAt: Date; note: string },
): Promise<void> {
  const { at } = opts;
  const points: unknown[][] = [];
  const tierChanges: unknown[][] = [];
  const codes = new Set<string>();
  const referralCode = () => {
    let code = newReferralCode();
    while (codes.has(code)) code = newReferralCode();
    codes.add(code);
    return code;
  };

  for (const chunk of chunks(plan.creates)) {
    const rows = chunk.map((m) => {
      const id = newId();
      if (m.points) points.push([newId(), id, m.points, m.points, "ADJUST", opts.note, opts.pointsExpireAt, at]);
      if (m.tierId) tierChanges.push([newId(), id, null, m.tierId, IMPORT_TIER_REASON, at]);
      const consent = m.consentMarketing === true;
      return [
        id,
        merchantId,
        m.phone,
        m.name,
        m.email,
        isoDate(m.birthday),
        m.gender,
        consent,
        consent ? at : null,
        m.tierId,
        m.points ?? 0,
        m.homeStoreId,
        referralCode(),
        at,
        at,
      ];
    });
    await bulkInsert(tx, "Member", MEMBER_COLUMNS, rows);
  }

  for (const chunk of chunks(plan.fills)) {
    const updated = await tx.$queryRawUnsafe<{ id: string; pointsBalance: number }[]>(
      `UPDATE "Member" m SET name = COALESCE(NULLIF(m.name, ''), x.name), email = COALESCE(NULLIF(m.email, ''), x.email),
              birthday = COALESCE(m.birthday, x.birthday::date), gender = COALESCE(NULLIF(m.gender, ''), x.gender),
              "homeStoreId" = COALESCE(m."homeStoreId", x.store), "tierId" = COALESCE(m."tierId", x.tier),
              "pointsBalance" = m."pointsBalance" + x.delta, "updatedAt" = $9
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])
              AS x(id, name, email, birthday, gender, store, tier, delta)
        WHERE m.id = x.id AND m."merchantId" = $10
        RETURNING m.id, m."pointsBalance"`,
      chunk.map((f) => f.id),
      chunk.map((f) => f.name),
      chunk.map((f) => f.email),
      chunk.map((f) => isoDate(f.birthday)),
      chunk.map((f) => f.gender),
      chunk.map((f) => f.homeStoreId),
      chunk.map((f) => f.tierId),
      chunk.map((f) => f.pointsDelta),
      at,
      merchantId,
    );
    const balances = new Map(updated.map((u) => [u.id, u.pointsBalance]));
    for (const f of chunk) {
      const balance = balances.get(f.id);
      if (balance === undefined) throw new Error(`member ${f.id} vanished under the import's row lock`);
      if (f.pointsDelta > 0) points.push([newId(), f.id, f.pointsDelta, balance, "ADJUST", opts.note, opts.pointsExpireAt, at]);
      if (f.tierId) tierChanges.push([newId(), f.id, null, f.tierId, IMPORT_TIER_REASON, at]);
    }
  }

  for (const chunk of chunks(points)) await bulkInsert(tx, "PointsEntry", POINTS_COLUMNS, chunk);
  for (const chunk of chunks(tierChanges)) await bulkInsert(tx, "TierChange", TIER_CHANGE_COLUMNS, chunk);
}
