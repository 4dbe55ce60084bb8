import { normaliseMobileNumber } from "@o2o/domain";
import { validateSync } from "class-validator";
import type { MemberColumn } from "./member-import.columns.ts";
import { CreateMemberInput } from "./members.inputs.ts";

/** One problem of the file: a 1-based spreadsheet row (the header is row 1), the column and the cell's text. */
export type MemberImportProblem = { row: number | null; column: string | null; value: string | null; code: string; message: string };

/** A member row as read from the file; null = the cell is empty or the column is missing. */
export type MemberImportRow = {
  row: number;
  /** Normalised 11-digit mobile; "" when the cell is empty or not a mobile number (the row then has a problem). */
  phone: string;
  name: string | null;
  email: string | null;
  /** UTC midnight of the calendar date. */
  birthday: Date | null;
  gender: "F" | "M" | null;
  consentMarketing: boolean | null;
  homeStoreCode: string | null;
  tierKey: string | null;
  points: number | null;
  cells: Partial<Record<MemberColumn, string>>;
  problems: MemberImportProblem[];
};

/** Opening balances above this are surely a wrong column (or a wrong file). */
export const MAX_OPENING_POINTS = 10_000_000;

const GENDERS: Record<string, "F" | "M"> = { f: "F", female: "F", 女: "F", 女性: "F", m: "M", male: "M", 男: "M", 男性: "M" };
const BOOLEANS: Record<string, boolean> = {
  是: true,
  同意: true,
  y: true,
  yes: true,
  true: true,
  "1": true,
  否: false,
  不同意: false,
  n: false,
  no: false,
  false: false,
  "0": false,
};
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
/** What the XLSX reader makes of a date cell. */
const EXCEL_DATE = /^(\d{4})-(\d{2})-(\d{2})T00:00:00(?:\.000)?Z$/;

const PROPERTY_COLUMNS: Record<string, MemberColumn> = {
  phone: "phone",
  name: "name",
  email: "email",
  birthday: "birthday",
  gender: "gender",
  consentMarketing: "consent_marketing",
};

/** class-validator constraint names as stable error codes. */
function codeOfConstraint(name: string): string {
  if (name === "isLength" || name === "maxLength" || name === "minLength") return "INVALID_LENGTH";
  if (name === "matches") return "INVALID_FORMAT";
  if (name === "isEmail") return "INVALID_EMAIL";
  if (name === "minDate" || name === "maxDate") return "OUT_OF_RANGE";
  if (name === "isIn") return "INVALID_GENDER";
  if (name === "isBoolean") return "INVALID_BOOLEAN";
  return "INVALID_VALUE";
}

function parseDate(text: string): Date | null {
  const m = DATE.exec(text) ?? EXCEL_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

function parsePoints(text: string): number | null {
  const digits = text.replace(/[,，\s]/g, "").replace(/\.0+$/, "");
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
}

/**
 * Reads the data rows (blank rows are skipped) and checks each with createMember's own input rules (the decorators on
 * CreateMemberInput), plus the file-only formats: dates, genders, yes/no and points.
 */
export function readMemberRows(records: readonly string[][], index: ReadonlyMap<MemberColumn, number>): MemberImportRow[] {
  const rows: MemberImportRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i] ?? [];
    if (record.every((cell) => cell.trim() === "")) continue;
    rows.push(readRow(record, index, i + 1));
  }
  return rows;
}

function readRow(record: readonly string[], index: ReadonlyMap<MemberColumn, number>, row: number): MemberImportRow {
  const cells: Partial<Record<MemberColumn, string>> = {};
  for (const [column, at] of index) {
    const text = (record[at] ?? "").normalize("NFKC").trim();
    if (text) cells[column] = text;
  }
  const problems: MemberImportProblem[] = [];
  const problem = (column: MemberColumn, code: string, message: string) =>
    problems.push({ row, column, value: cells[column] ?? null, code, message });

  let birthday: Date | null = null;
  if (cells.birthday !== undefined) {
    birthday = parseDate(cells.birthday);
    if (!birthday) problem("birthday", "INVALID_DATE", "Write the birthday as YYYY-MM-DD.");
  }
  let gender: "F" | "M" | null = null;
  if (cells.gender !== undefined) {
    gender = GENDERS[cells.gender.toLowerCase()] ?? null;
    if (!gender) problem("gender", "INVALID_GENDER", "Gender is F or M (女 or 男).");
  }
  let consentMarketing: boolean | null = null;
  if (cells.consent_marketing !== undefined) {
    consentMarketing = BOOLEANS[cells.consent_marketing.toLowerCase()] ?? null;
    if (consentMarketing === null) problem("consent_marketing", "INVALID_BOOLEAN", "Marketing consent is 是/否 (Y/N, true/false, 1/0).");
  }
  let points: number | null = null;
  if (cells.points !== undefined) {
    points = parsePoints(cells.points);
    if (points === null) problem("points", "INVALID_POINTS", "Points are a whole number, 0 or more.");
    else if (points > MAX_OPENING_POINTS) {
      problem("points", "OUT_OF_RANGE", `An opening balance is at most ${MAX_OPENING_POINTS} points.`);
      points = null;
    }
  }

  const input = Object.assign(new CreateMemberInput(), {
    phone: cells.phone ?? "",
    name: cells.name,
    email: cells.email,
    birthday: birthday ?? undefined,
    gender: gender ?? undefined,
    consentMarketing: consentMarketing ?? undefined,
  });
  for (const error of validateSync(input, { forbidUnknownValues: false })) {
    const column = PROPERTY_COLUMNS[error.property];
    if (!column || (column === "phone" && !cells.phone)) continue;
    for (const [name, message] of Object.entries(error.constraints ?? {})) problem(column, codeOfConstraint(name), message);
  }

  let phone = "";
  if (!cells.phone) problem("phone", "REQUIRED", "Every row needs a mobile number.");
  else {
    const normalised = normaliseMobileNumber(cells.phone);
    if (normalised.ok) phone = normalised.mobile;
    else if (!problems.some((p) => p.column === "phone")) problem("phone", "PHONE_INVALID", "Not a valid mainland China mobile number.");
  }

  return {
    row,
    phone,
    name: cells.name ?? null,
    email: cells.email ?? null,
    birthday,
    gender,
    consentMarketing,
    homeStoreCode: cells.home_store?.toUpperCase() ?? null,
    tierKey: cells.tier ?? null,
    points,
    cells,
    problems,
  };
}
