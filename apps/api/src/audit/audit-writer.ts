import { randomUUID } from "node:crypto";
import { type BulkColumn, bulkInsert } from "../db/bulk-insert.ts";
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

export const AUDIT_COLUMNS: BulkColumn[] = [
  { name: "id", type: "text" },
  { name: "merchantId", type: "text" },
  { name: "actorType", type: "text", cast: '"ActorType"' },
  { name: "actorId", type: "text" },
  { name: "action", type: "text" },
  { name: "entityType", type: "text" },
  { name: "entityId", type: "text" },
  { name: "storeId", type: "text" },
  { name: "before", type: "jsonb" },
  { name: "after", type: "jsonb" },
  { name: "origin", type: "jsonb" },
];

/** An audit row in AUDIT_COLUMNS order, secrets redacted. */
export function auditRow(entry: AuditEntry): unknown[] {
  return [
    randomUUID(),
    entry.merchantId,
    entry.actor.type,
    entry.actor.id,
    entry.action,
    entry.entityType,
    entry.entityId ?? null,
    entry.storeId ?? null,
    auditSnapshot(entry.before) ?? null,
    auditSnapshot(entry.after) ?? null,
    auditSnapshot(entry.origin) ?? null,
  ];
}

/** Writes audit rows, inside the caller's transaction when given one (one raw statement: it runs on every mutation). */
export class AuditWriter {
  async write(db: RawSql, entry: AuditEntry): Promise<void> {
    await bulkInsert(db, "AuditLog", AUDIT_COLUMNS, [auditRow(entry)]);
  }
}
