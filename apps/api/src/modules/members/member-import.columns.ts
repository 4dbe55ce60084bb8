import { headerMapper } from "../../imports/header-map.ts";

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

/** Reads a member file's header row. */
export const mapMemberHeader = headerMapper(MEMBER_COLUMNS, HEADER_NAMES, "member");

export const MEMBER_COLUMN_ORDER = new Map<string, number>(MEMBER_COLUMNS.map((c, i) => [c, i]));
