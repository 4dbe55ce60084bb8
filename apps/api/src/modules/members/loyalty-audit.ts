import type { AuditWriter } from "../../audit/audit-writer.ts";
import type { AuditRecord, RequestAudit } from "../../audit/request-audit.ts";
import type { RawSql } from "../../db/sql-client.ts";

/**
 * Where the loyalty jobs write audit rows: as the staff member who asked (a mutation) or as the system (the timer). The
 * merchant is passed because a timer run spans merchants.
 */
export type LoyaltyAudit = { record(db: RawSql, merchantId: string, entry: AuditRecord): Promise<void> };

export const auditAsRequest = (audit: RequestAudit): LoyaltyAudit => ({
  record: (db, _merchantId, entry) => audit.record(db, entry),
});

export const auditAsSystem = (writer: AuditWriter): LoyaltyAudit => ({
  record: (db, merchantId, entry) => writer.write(db, { ...entry, merchantId, actor: { type: "SYSTEM", id: null } }),
});
