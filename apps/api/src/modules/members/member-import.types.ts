import { IsIn, Length } from "class-validator";
import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CatalogFileFormat } from "../catalog/catalog-file.types.ts";

/**
 * Base64 of a member file. Requests over 1 MB are only read for staff holding catalog:write (the catalogue import's
 * body parser), so other staff can send about 700 KB of file: roughly 8,000 member rows.
 */
export const MAX_MEMBER_IMPORT_BASE64 = 15 * 1024 * 1024;

export enum MemberImportMode {
  VALIDATE_ONLY = "VALIDATE_ONLY",
  ALL_OR_NOTHING = "ALL_OR_NOTHING",
  SKIP_BAD_ROWS = "SKIP_BAD_ROWS",
}
registerEnumType(MemberImportMode, {
  name: "MemberImportMode",
  description:
    "VALIDATE_ONLY checks the file and reports what an import would do, writing nothing; ALL_OR_NOTHING writes nothing " +
    "when any row has an error; SKIP_BAD_ROWS imports the rows without errors.",
});

export enum MemberDuplicateAction {
  MERGE = "MERGE",
  SKIP = "SKIP",
  REPORT = "REPORT",
}
registerEnumType(MemberDuplicateAction, {
  name: "MemberDuplicateAction",
  description:
    "A phone number that is already a member's, or appears again further down the file: MERGE fills the member's empty " +
    "fields from the row (never overwrites a value, never lowers points, never changes marketing consent), SKIP leaves " +
    "the member as it is, REPORT makes the row an error (MEMBER_EXISTS / DUPLICATE_PHONE).",
});

@InputType({
  description:
    "A member file: one member per row, header in row 1. Columns (English keys or Chinese names): phone / 手机号 " +
    "(required; +86, spaces and full-width digits accepted), name / 姓名, email / 邮箱, birthday / 生日 (YYYY-MM-DD), " +
    "gender / 性别 (F/M or 女/男), consent_marketing / 营销同意 (是/否, Y/N, true/false, 1/0), home_store / 所属门店 " +
    "(store code, e.g. SH01), tier / 会员等级 (tier code or name), points / 积分 (opening balance; recorded as an ADJUST " +
    "points entry). Empty cells are left empty.",
})
export class ImportMembersInput {
  @Field(() => String, { description: "The file's bytes in base64." })
  @Length(1, MAX_MEMBER_IMPORT_BASE64)
  fileBase64!: string;

  @Field(() => CatalogFileFormat) @IsIn(Object.values(CatalogFileFormat)) format!: CatalogFileFormat;

  @Field(() => MemberImportMode, { defaultValue: MemberImportMode.ALL_OR_NOTHING })
  @IsIn(Object.values(MemberImportMode))
  mode: MemberImportMode = MemberImportMode.ALL_OR_NOTHING;

  @Field(() => MemberDuplicateAction, { defaultValue: MemberDuplicateAction.REPORT })
  @IsIn(Object.values(MemberDuplicateAction))
  onDuplicate: MemberDuplicateAction = MemberDuplicateAction.REPORT;
}

@ObjectType({ description: "One problem of an imported member file." })
export class MemberImportError {
  @Field(() => Int, { nullable: true, description: "Spreadsheet row, 1-based; the header is row 1." }) row!: number | null;
  @Field(() => String, { nullable: true, description: "Column key (phone, name, birthday, ...) or the header as written." })
  column!: string | null;
  @Field(() => String, { nullable: true, description: "The cell's text." }) value!: string | null;
  @Field(() => String, {
    description:
      "REQUIRED, PHONE_INVALID, INVALID_LENGTH, INVALID_FORMAT, INVALID_EMAIL, INVALID_DATE, OUT_OF_RANGE, INVALID_GENDER, " +
      "INVALID_BOOLEAN, INVALID_POINTS, UNKNOWN_STORE, UNKNOWN_TIER, DUPLICATE_PHONE, MEMBER_EXISTS, UNKNOWN_COLUMN, " +
      "DUPLICATE_COLUMN, MISSING_COLUMN.",
  })
  code!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "What a member import did (or, when nothing was written, would do with the valid rows)." })
export class MemberImportReport {
  @Field(() => MemberImportMode) mode!: MemberImportMode;
  @Field(() => MemberDuplicateAction) onDuplicate!: MemberDuplicateAction;
  @Field(() => Boolean, { description: "Whether any member was created or changed." }) written!: boolean;
  @Field(() => String, { description: "SHA-256 of the file, hex." }) fileSha256!: string;
  @Field(() => Int, { description: "Data rows (not counting the header and blank rows)." }) totalRows!: number;
  @Field(() => Int, { description: "Rows without errors." }) validRows!: number;
  @Field(() => Int) invalidRows!: number;
  @Field(() => Int) createdMembers!: number;
  @Field(() => Int, { description: "Existing members whose empty fields or points were filled (MERGE)." }) updatedMembers!: number;
  @Field(() => Int, { description: "Existing members the file had nothing new for (MERGE)." }) unchangedMembers!: number;
  @Field(() => Int, { description: "Rows folded into an earlier row with the same phone (MERGE)." }) mergedRows!: number;
  @Field(() => Int, { description: "Rows left out because their phone is a member's or repeats an earlier row (SKIP)." })
  skippedRows!: number;
  @Field(() => Int, { description: "Points credited as opening balances (ADJUST entries)." }) pointsCredited!: number;
  @Field(() => Int, { description: "Every problem found; `errors` lists the first 1000." }) errorCount!: number;
  @Field(() => [MemberImportError], { description: "By row, then column." }) errors!: MemberImportError[];
}
