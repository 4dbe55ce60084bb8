import { createHash } from "node:crypto";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { badInput, conflict } from "../../errors/api-errors.ts";
import { parseMerchantSettings } from "../checkout/merchant-settings.ts";
import { decodeFileBase64, readFileRecords } from "./import-file.ts";
import { MEMBER_COLUMN_ORDER, mapMemberHeader } from "./member-import.columns.ts";
import { type MemberImportPlan, planMemberImport, rejectedPlan } from "./member-import.plan.ts";
import { type MemberImportProblem, readMemberRows } from "./member-import.rows.ts";
import { MemberDuplicateAction, MemberImportMode, type ImportMembersInput, type MemberImportReport } from "./member-import.types.ts";
import { loadImportState, writeMemberImport } from "./member-import.writer.ts";

/** Data rows one file may hold. */
export const MAX_MEMBER_IMPORT_ROWS = 50_000;
const MAX_REPORTED_ERRORS = 1000;
/** The write transaction's limit (Prisma's default of 5 s is for interactive requests, not a 50,000-row file). */
const IMPORT_TX = { timeout: 300_000, maxWait: 30_000 };
const DAY_MS = 86_400_000;

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; meta?: { code?: string }; message?: string };
  return e?.code === "P2002" || e?.code === "23505" || e?.meta?.code === "23505" || /23505|unique constraint/i.test(e?.message ?? "");
};

/**
 * Bulk member import (member:write): reads a CSV or XLSX file, checks every row with createMember's rules, merges,
 * skips or reports phones that repeat or are members already, and writes in one transaction with set-based
 * statements. One audit row records each import (file hash, options and counts, no personal data).
 */
export class MemberImportService {
  constructor(private readonly db: Db) {}

  async importMembers(viewer: StaffViewer, input: ImportMembersInput, audit: RequestAudit): Promise<MemberImportReport> {
    const bytes = decodeFileBase64(input.fileBase64);
    const fileSha256 = createHash("sha256").update(bytes).digest("hex");
    const records = await readFileRecords(bytes, input.format);
    const header = records[0];
    if (!header || header.every((h) => h.trim() === ""))
      throw badInput("The file has no header row.", [{ field: "fileBase64", message: "no header row" }]);
    if (records.length - 1 > MAX_MEMBER_IMPORT_ROWS) {
      throw badInput(`The file has ${records.length - 1} rows; import at most ${MAX_MEMBER_IMPORT_ROWS} at a time.`, [
        { field: "fileBase64", message: "too many rows" },
      ]);
    }
    const mode = input.mode ?? MemberImportMode.ALL_OR_NOTHING;
    const policy = input.onDuplicate ?? MemberDuplicateAction.REPORT;
    const summary = { format: input.format, mode, onDuplicate: policy, bytes: bytes.length, sha256: fileSha256 };
    const report = (written: boolean, plan: MemberImportPlan) => reportOf(mode, policy, written, fileSha256, plan);

    const { index, problems: headerProblems } = mapMemberHeader(header);
    if (headerProblems.length || !index.has("phone")) {
      const problems: MemberImportProblem[] = headerProblems.map((p) => ({
        row: 1,
        column: p.column,
        value: p.column,
        code: p.code,
        message: p.message,
      }));
      if (!index.has("phone"))
        problems.push({ row: 1, column: "phone", value: null, code: "MISSING_COLUMN", message: "The file needs a phone (手机号) column." });
      const rejected = report(false, rejectedPlan(problems, records.length - 1));
      await audit.record(this.db, auditEntry("member.import.rejected", summary, rejected));
      return rejected;
    }

    const rows = readMemberRows(records, index);
    const phones = [...new Set(rows.map((r) => r.phone).filter(Boolean))];
    const merchantId = viewer.merchantId;

    if (mode === MemberImportMode.VALIDATE_ONLY) {
      const state = await loadImportState(this.db, merchantId, phones, false);
      const checked = report(false, planMemberImport(rows, state.existing, state.refs, policy));
      await audit.record(this.db, auditEntry("member.import.validate", summary, checked));
      return checked;
    }

    const merchant = await this.db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { settings: true } });
    const validityDays = parseMerchantSettings(merchant.settings).pointsValidityDays;
    try {
      return await this.db.$transaction(async (tx) => {
        const at = new Date();
        const state = await loadImportState(tx, merchantId, phones, true);
        const plan = planMemberImport(rows, state.existing, state.refs, policy);
        if (plan.problems.length && mode === MemberImportMode.ALL_OR_NOTHING) {
          const rejected = report(false, plan);
          await audit.record(tx, auditEntry("member.import.rejected", summary, rejected));
          return rejected;
        }
        await writeMemberImport(tx, merchantId, plan, {
          at,
          pointsExpireAt: new Date(at.getTime() + validityDays * DAY_MS),
          note: `会员导入期初积分 opening balance (import ${fileSha256.slice(0, 12)})`,
        });
        const done = report(plan.creates.length + plan.fills.length > 0, plan);
        await audit.record(tx, auditEntry("member.import", summary, done));
        return done;
      }, IMPORT_TX);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict("A mobile number in the file registered as a member while importing; nothing was imported. Run the import again.");
      }
      throw error;
    }
  }
}

function reportOf(
  mode: MemberImportMode,
  onDuplicate: MemberDuplicateAction,
  written: boolean,
  fileSha256: string,
  plan: MemberImportPlan,
): MemberImportReport {
  const errors = [...plan.problems].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) || (MEMBER_COLUMN_ORDER.get(a.column ?? "") ?? 99) - (MEMBER_COLUMN_ORDER.get(b.column ?? "") ?? 99),
  );
  return {
    mode,
    onDuplicate,
    written,
    fileSha256,
    totalRows: plan.totalRows,
    validRows: plan.validRows,
    invalidRows: plan.invalidRows,
    createdMembers: plan.creates.length,
    updatedMembers: plan.fills.length,
    unchangedMembers: plan.unchangedMembers,
    mergedRows: plan.mergedRows,
    skippedRows: plan.skippedRows,
    pointsCredited: plan.pointsCredited,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
  };
}

/** Counts only: the file's rows are personal data and stay out of the audit trail. */
function auditEntry(action: string, summary: Record<string, unknown>, report: MemberImportReport) {
  const { errors: _errors, ...counts } = report;
  return { action, entityType: "MemberImport", entityId: report.fileSha256, after: { ...summary, ...counts } };
}
