import type { Viewer } from "../auth/viewer.ts";
import type { RawSql } from "../db/sql-client.ts";
import { type AuditEntry, type AuditWriter, auditRow, type RequestOrigin } from "./audit-writer.ts";

export type AuditRecord = {
  action: string;
  entityType: string;
  entityId?: string | null;
  storeId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** The audit trail of one request: who and from where are known; services say what changed. */
export class RequestAudit {
  written = false;

  constructor(
    private readonly writer: AuditWriter,
    private readonly viewer: Viewer | null,
    readonly origin: RequestOrigin,
  ) {}

  async record(db: RawSql, entry: AuditRecord): Promise<void> {
    await this.writer.write(db, this.entry(entry));
    this.written = true;
  }

  /** The audit row of `entry`, for a caller that writes it itself (a single-statement write batch). */
  row(entry: AuditRecord): unknown[] {
    this.written = true;
    return auditRow(this.entry(entry));
  }

  private entry(entry: AuditRecord): AuditEntry {
    return { ...entry, merchantId: this.viewer?.merchantId ?? null, actor: actorOf(this.viewer), origin: this.origin };
  }
}

export function actorOf(viewer: Viewer | null) {
  if (!viewer) return { type: "SYSTEM" as const, id: null };
  return viewer.kind === "STAFF" ? { type: "STAFF" as const, id: viewer.staffId } : { type: "MEMBER" as const, id: viewer.memberId };
}
