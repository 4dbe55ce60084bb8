import type { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "../db/client.ts";

export type RequestOrigin = { ip: string; userAgent: string | null; operation?: string | null };
export type AuditActor = { type: "STAFF" | "MEMBER" | "SYSTEM"; id: string | null };

export type AuditEntry = {
  merchantId: string | null;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId?: string | null;
  storeId?: string | null;
  before?: unknown;
  after?: unknown;
  origin?: RequestOrigin | null;
};

const SECRET_KEYS = /password|pin|token|secret|codeHash/i;

/** A JSON-safe copy with secrets removed: audit rows must never hold a password hash or a token. */
export function auditSnapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (key && SECRET_KEYS.test(key)) return "[redacted]";
      if (typeof v === "bigint") return v.toString();
      return v;
    }),
  );
}

/** Writes audit rows, inside the caller's transaction when given one. */
export class AuditWriter {
  async write(db: Db | Tx, entry: AuditEntry): Promise<void> {
    await db.auditLog.create({
      data: {
        merchantId: entry.merchantId,
        actorType: entry.actor.type,
        actorId: entry.actor.id,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        storeId: entry.storeId ?? null,
        before: auditSnapshot(entry.before),
        after: auditSnapshot(entry.after),
        origin: auditSnapshot(entry.origin),
      },
    });
  }
}
