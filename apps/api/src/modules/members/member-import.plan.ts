import { MemberDuplicateAction } from "./member-import.types.ts";
import type { MemberImportProblem, MemberImportRow } from "./member-import.rows.ts";

/** The member a phone in the file already belongs to, as locked by the import. */
export type ExistingMember = {
  id: string;
  phone: string;
  name: string | null;
  email: string | null;
  birthday: Date | null;
  gender: string | null;
  homeStoreId: string | null;
  tierId: string | null;
  pointsBalance: number;
};

/** Store codes (upper case) and tier codes or names (lower case) of the merchant, to ids. */
export type ImportReferences = { storesByCode: ReadonlyMap<string, string>; tiersByKey: ReadonlyMap<string, string> };

/** The values of one member as the file gives them (after folding duplicate rows together). */
type FileMember = {
  row: number;
  phone: string;
  name: string | null;
  email: string | null;
  birthday: Date | null;
  gender: string | null;
  consentMarketing: boolean | null;
  homeStoreId: string | null;
  tierId: string | null;
  points: number | null;
};

export type NewMember = FileMember;

/** Only the fields an existing member lacks; `pointsDelta` raises the balance to the file's figure when that is higher. */
export type MemberFill = {
  id: string;
  name: string | null;
  email: string | null;
  birthday: Date | null;
  gender: string | null;
  homeStoreId: string | null;
  tierId: string | null;
  previousBalance: number;
  pointsDelta: number;
};

export type MemberImportPlan = {
  problems: MemberImportProblem[];
  totalRows: number;
  validRows: number;
  invalidRows: number;
  creates: NewMember[];
  fills: MemberFill[];
  unchangedMembers: number;
  mergedRows: number;
  skippedRows: number;
  pointsCredited: number;
};

const FILLABLE = ["name", "email", "birthday", "gender", "homeStoreId", "tierId"] as const;

/**
 * Decides what the import does with each row. Rows with a problem take no part in duplicate handling (their phone may
 * be unreadable). Among valid rows with one phone, the first is the member; later ones are folded into it (MERGE: they
 * fill what it leaves empty, the highest points figure wins), left out (SKIP) or reported (REPORT: DUPLICATE_PHONE).
 * A phone that is already a member's is merged into that member (empty fields only, points only raised, consent never
 * changed: consent must come from the member), skipped, or reported (MEMBER_EXISTS).
 */
export function planMemberImport(
  rows: readonly MemberImportRow[],
  existing: ReadonlyMap<string, ExistingMember>,
  refs: ImportReferences,
  policy: MemberDuplicateAction,
): MemberImportPlan {
  const problems: MemberImportProblem[] = rows.flatMap((r) => r.problems);
  const invalid = new Set(rows.filter((r) => r.problems.length).map((r) => r.row));
  const groups = new Map<string, FileMember[]>();
  for (const row of rows) {
    if (invalid.has(row.row)) continue;
    const member = resolveReferences(row, refs);
    if (!member.ok) {
      problems.push(...member.problems);
      invalid.add(row.row);
      continue;
    }
    const group = groups.get(row.phone);
    if (group) group.push(member.value);
    else groups.set(row.phone, [member.value]);
  }

  const plan = rejectedPlan(problems, rows.length);
  const reject = (row: number, code: string, message: string, value: string) => {
    problems.push({ row, column: "phone", value, code, message });
    invalid.add(row);
  };

  for (const [phone, [first, ...later]] of groups) {
    if (!first) continue;
    const member = { ...first };
    for (const dup of later) {
      if (policy === MemberDuplicateAction.MERGE) {
        fillEmpty(member, dup);
        if (dup.points !== null && (member.points === null || dup.points > member.points)) member.points = dup.points;
        plan.mergedRows++;
      } else if (policy === MemberDuplicateAction.SKIP) plan.skippedRows++;
      else reject(dup.row, "DUPLICATE_PHONE", `The same mobile number as row ${first.row}.`, phone);
    }
    const current = existing.get(phone);
    if (!current) {
      plan.creates.push(member);
      plan.pointsCredited += member.points ?? 0;
    } else if (policy === MemberDuplicateAction.SKIP) plan.skippedRows++;
    else if (policy === MemberDuplicateAction.REPORT) reject(first.row, "MEMBER_EXISTS", `${phone} is already a member.`, phone);
    else {
      const fill = fillOf(current, member);
      if (fill) {
        plan.fills.push(fill);
        plan.pointsCredited += fill.pointsDelta;
      } else plan.unchangedMembers++;
    }
  }
  plan.invalidRows = invalid.size;
  plan.validRows = rows.length - invalid.size;
  return plan;
}

/** A plan that writes nothing: every row invalid (until counted otherwise). */
export function rejectedPlan(problems: MemberImportProblem[], totalRows: number): MemberImportPlan {
  return {
    problems,
    totalRows,
    validRows: 0,
    invalidRows: totalRows,
    creates: [],
    fills: [],
    unchangedMembers: 0,
    mergedRows: 0,
    skippedRows: 0,
    pointsCredited: 0,
  };
}

function resolveReferences(
  row: MemberImportRow,
  refs: ImportReferences,
): { ok: true; value: FileMember } | { ok: false; problems: MemberImportProblem[] } {
  const problems: MemberImportProblem[] = [];
  const homeStoreId = row.homeStoreCode ? (refs.storesByCode.get(row.homeStoreCode) ?? null) : null;
  if (row.homeStoreCode && !homeStoreId) {
    problems.push({
      row: row.row,
      column: "home_store",
      value: row.cells.home_store ?? null,
      code: "UNKNOWN_STORE",
      message: "No store has this code.",
    });
  }
  const tierId = row.tierKey ? (refs.tiersByKey.get(row.tierKey.toLowerCase()) ?? null) : null;
  if (row.tierKey && !tierId) {
    problems.push({
      row: row.row,
      column: "tier",
      value: row.cells.tier ?? null,
      code: "UNKNOWN_TIER",
      message: "No member tier has this code or name.",
    });
  }
  if (problems.length) return { ok: false, problems };
  const { row: at, phone, name, email, birthday, gender, consentMarketing, points } = row;
  return { ok: true, value: { row: at, phone, name, email, birthday, gender, consentMarketing, homeStoreId, tierId, points } };
}

function fillEmpty(into: FileMember, from: FileMember): void {
  for (const key of FILLABLE) {
    if (into[key] === null && from[key] !== null) (into as Record<string, unknown>)[key] = from[key];
  }
  if (into.consentMarketing === null) into.consentMarketing = from.consentMarketing;
}

/** What MERGE writes into an existing member, or null when the file has nothing the member lacks. */
function fillOf(current: ExistingMember, file: FileMember): MemberFill | null {
  const blank = (v: unknown) => v === null || v === "";
  const fill: MemberFill = {
    id: current.id,
    name: null,
    email: null,
    birthday: null,
    gender: null,
    homeStoreId: null,
    tierId: null,
    previousBalance: current.pointsBalance,
    pointsDelta: Math.max(0, (file.points ?? 0) - current.pointsBalance),
  };
  let changed = fill.pointsDelta > 0;
  for (const key of FILLABLE) {
    if (blank(current[key]) && file[key] !== null) {
      (fill as Record<string, unknown>)[key] = file[key];
      changed = true;
    }
  }
  return changed ? fill : null;
}
