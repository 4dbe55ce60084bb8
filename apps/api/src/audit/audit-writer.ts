import { randomUUID } from "node:crypto";
import type { RawSql } from "../db/sql-client.ts";
import type { Prisma } from "../generated/prisma/client.ts";

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

const SECRET_KEYS = /^(password|passwordHash|pin|pinHash|secret|authCode|codeHash|refreshTokenHash)$|token$/i;

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

/** Writes audit rows, inside the caller's transaction when given one (one raw statement: it runs on every mutation). */
export class AuditWriter {
  async write(db: RawSql, entry: AuditEntry): Promise<void> {
    const json = (v: unknown) => {
      const snap = auditSnapshot(v);
      return snap === undefined ? null : JSON.stringify(snap);
    };
    await db.$executeRawUnsafe(
      `INSERT INTO "AuditLog" (id, "merchantId", "actorType", "actorId", action, "entityType", "entityId", "storeId", before, after, origin)
       VALUES ($1, $2, $3::"ActorType", $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb)`,
      randomUUID(),
      entry.merchantId,
      entry.actor.type,
      entry.actor.id,
      entry.action,
      entry.entityType,
      entry.entityId ?? null,
      entry.storeId ?? null,
      json(entry.before),
      json(entry.after),
      json(entry.origin),
    );
  }
}
