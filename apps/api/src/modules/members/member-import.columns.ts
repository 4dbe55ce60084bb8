import { normaliseHeader } from "../catalog/catalog-file-columns.ts";

/**
 * The columns of a member file. Headers may be the English keys or a Chinese name; matching ignores case, spaces,
 * `_`/`-` and full-width forms (the catalogue file's rule), so "Consent Marketing", "consent_marketing" and "营销同意"
 * are one column.
 */
export const MEMBER_COLUMNS = [
  "phone",
  "name",
  "email",
  "birthday",
  "gender",
  "consent_marketing",
  "home_store",
  "tier",
  "points",
] as const;
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];

const HEADER_NAMES: Record<MemberColumn, string[]> = {
  phone: ["手机号", "手机号码", "手机", "电话", "联系电话", "会员手机号", "mobile", "phone_number"],
  name: ["姓名", "名字", "会员姓名", "会员名称", "full_name"],
  email: ["邮箱", "电子邮箱", "电子邮件", "邮件", "e-mail"],
  birthday: ["生日", "出生日期", "birth_date", "date_of_birth"],
  gender: ["性别", "sex"],
  consent_marketing: ["营销同意", "同意营销", "接收营销", "接收营销信息", "营销授权", "consent"],
  home_store: ["所属门店", "门店", "开卡门店", "门店编码", "门店代码", "store", "store_code"],
  tier: ["会员等级", "等级", "tier_code", "level"],
  points: ["积分", "期初积分", "积分余额", "opening_points"],
};

const BY_HEADER = new Map<string, MemberColumn>();
for (const column of MEMBER_COLUMNS) {
  for (const name of [column, ...HEADER_NAMES[column]]) BY_HEADER.set(normaliseHeader(name), column);
}

export type MemberHeaderProblem = { column: string; code: "UNKNOWN_COLUMN" | "DUPLICATE_COLUMN"; message: string };

/** Where each known column is in the header row; unknown and repeated headers are problems. Blank headers are ignored. */
export function mapMemberHeader(header: readonly string[]): { index: Map<MemberColumn, number>; problems: MemberHeaderProblem[] } {
  const index = new Map<MemberColumn, number>();
  const problems: MemberHeaderProblem[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return;
    const column = BY_HEADER.get(normaliseHeader(name));
    if (!column) {
      problems.push({
        column: name,
        code: "UNKNOWN_COLUMN",
        message: `Column "${name}" is not a member column. Known columns: ${MEMBER_COLUMNS.join(", ")} (or their Chinese names).`,
      });
    } else if (index.has(column)) {
      problems.push({ column: name, code: "DUPLICATE_COLUMN", message: `Column ${column} appears twice.` });
    } else index.set(column, i);
  });
  return { index, problems };
}

export const MEMBER_COLUMN_ORDER = new Map<string, number>(MEMBER_COLUMNS.map((c, i) => [c, i]));
