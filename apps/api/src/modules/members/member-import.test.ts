import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const IMPORT = `mutation($i: ImportMembersInput!) { importMembers(input: $i) {
  mode onDuplicate written fileSha256 totalRows validRows invalidRows createdMembers updatedMembers unchangedMembers
  mergedRows skippedRows pointsCredited errorCount errors { row column value code message }
} }`;

type Report = {
  mode: string;
  onDuplicate: string;
  written: boolean;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  createdMembers: number;
  updatedMembers: number;
  unchangedMembers: number;
  mergedRows: number;
  skippedRows: number;
  pointsCredited: number;
  errorCount: number;
  errors: { row: number | null; column: string | null; value: string | null; code: string; message: string }[];
};

let env: TestEnv;
let owner: TestClient;
let merchantId: string;
/** A seeded member with a name and no email. */
let seeded: { id: string; phone: string; name: string; pointsBalance: number };

const csv = (...lines: string[]) => `\uFEFF${lines.join("\r\n")}\r\n`;
const b64 = (data: string | Uint8Array) => Buffer.from(data).toString("base64");
const HEADER = "手机号,姓名,邮箱,生日,性别,营销同意,所属门店,会员等级,积分";

async function importCsv(client: TestClient, text: string, extra: Record<string, unknown>): Promise<Report> {
  return (await client.ok<{ importMembers: Report }>(IMPORT, { i: { fileBase64: b64(text), format: "CSV", ...extra } })).importMembers;
}

const membersByPhone = (phones: string[]) =>
  env.db.member.findMany({ where: { merchantId, phone: { in: phones } }, orderBy: { phone: "asc" } });

/** Everything an import writes, to show that a run wrote nothing. */
const snapshot = async () => ({
  members: await env.db.member.count(),
  points: await env.db.pointsEntry.count(),
  tierChanges: await env.db.tierChange.count(),
  seeded: await env.db.member.findUniqueOrThrow({ where: { id: seeded.id } }),
});

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  merchantId = env.demo.merchantId;
  const m = await env.db.member.findFirstOrThrow({
    where: { merchantId, email: null, name: { not: null } },
    orderBy: { phone: "asc" },
  });
  seeded = { id: m.id, phone: m.phone, name: m.name as string, pointsBalance: m.pointsBalance };
});
afterAll(async () => {
  await env?.close();
});

describe("importMembers", () => {
  // Row 2: new; row 3: the seeded member; row 4: an invalid phone; row 5: row 2 again (full-width digits and +86).
  const file = () =>
    csv(
      HEADER,
      `13710000001,王小明,,1990-05-01,男,是,SH01,SILVER,200`,
      `${seeded.phone},改名不生效,merged@example.com,1985-02-03,女,否,BJ01,,${seeded.pointsBalance + 150}`,
      `12345,坏号码,,,,,,,`,
      `+86 １３７ １０００ ０００１,另一个名字,xiaoming@example.com,,,,,,500`,
    );

  it("writes nothing in ALL_OR_NOTHING when one row has an invalid phone, and says which", async () => {
    const before = await snapshot();
    const report = await importCsv(owner, file(), { mode: "ALL_OR_NOTHING", onDuplicate: "MERGE" });
    expect(report).toMatchObject({ mode: "ALL_OR_NOTHING", written: false, totalRows: 4, invalidRows: 1, validRows: 3, errorCount: 1 });
    expect(report.errors).toEqual([expect.objectContaining({ row: 4, column: "phone", value: "12345", code: "PHONE_INVALID" })]);
    expect(await snapshot()).toEqual(before);
    const audit = await env.db.auditLog.findFirstOrThrow({ where: { action: "member.import.rejected" }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ mode: "ALL_OR_NOTHING", invalidRows: 1 });
    expect(JSON.stringify(audit.after)).not.toContain("13710000001");
  });

  it("VALIDATE_ONLY reports what MERGE would do and writes nothing", async () => {
    const before = await snapshot();
    const report = await importCsv(owner, file(), { mode: "VALIDATE_ONLY", onDuplicate: "MERGE" });
    expect(report).toMatchObject({
      written: false,
      createdMembers: 1,
      updatedMembers: 1,
      mergedRows: 1,
      invalidRows: 1,
      pointsCredited: 500 + 150,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("SKIP_BAD_ROWS + MERGE: Chinese headers, a duplicate in the file folded in, the seeded member's empty fields filled", async () => {
    const report = await importCsv(owner, file(), { mode: "SKIP_BAD_ROWS", onDuplicate: "MERGE" });
    expect(report).toMatchObject({
      written: true,
      totalRows: 4,
      validRows: 3,
      invalidRows: 1,
      createdMembers: 1,
      updatedMembers: 1,
      mergedRows: 1,
      skippedRows: 0,
      pointsCredited: 650,
    });
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[4, "PHONE_INVALID"]]);

    const silver = await env.db.memberTier.findFirstOrThrow({ where: { merchantId, code: "SILVER" } });
    const created = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13710000001" } } });
    expect(created).toMatchObject({
      name: "王小明", // the first row wins; the duplicate only filled what it left empty
      email: "xiaoming@example.com",
      gender: "M",
      consentMarketing: true,
      tierId: silver.id,
      homeStoreId: env.demo.storeIds.shanghai,
      pointsBalance: 500, // the higher figure of the two rows
    });
    expect(created.birthday?.toISOString().slice(0, 10)).toBe("1990-05-01");
    expect(created.consentAt).not.toBeNull();
    const createdEntries = await env.db.pointsEntry.findMany({ where: { memberId: created.id } });
    expect(createdEntries).toEqual([expect.objectContaining({ reason: "ADJUST", delta: 500, balanceAfter: 500 })]);
    expect(createdEntries[0]?.expiresAt?.getTime()).toBeGreaterThan(Date.now());
    expect(await env.db.tierChange.findMany({ where: { memberId: created.id } })).toEqual([
      expect.objectContaining({ fromTierId: null, toTierId: silver.id, reason: "IMPORT" }),
    ]);

    const merged = await env.db.member.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(merged.name).toBe(seeded.name); // never overwritten
    expect(merged.email).toBe("merged@example.com"); // was empty: filled
    expect(merged.pointsBalance).toBe(seeded.pointsBalance + 150);
    const adjust = await env.db.pointsEntry.findFirstOrThrow({ where: { memberId: seeded.id, reason: "ADJUST" } });
    expect(adjust).toMatchObject({ delta: 150, balanceAfter: seeded.pointsBalance + 150 });

    const audits = await env.db.auditLog.findMany({ where: { action: "member.import" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ createdMembers: 1, updatedMembers: 1, onDuplicate: "MERGE" });
  });

  it("MERGE never lowers points and leaves a member with nothing new unchanged", async () => {
    const report = await importCsv(owner, csv(HEADER, `13710000001,,,,,,,,10`), { mode: "ALL_OR_NOTHING", onDuplicate: "MERGE" });
    expect(report).toMatchObject({ written: false, updatedMembers: 0, unchangedMembers: 1, pointsCredited: 0 });
    const member = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13710000001" } } });
    expect(member.pointsBalance).toBe(500);
  });

  it("REPORT lists duplicates in the file and members that exist as errors; SKIP leaves them out", async () => {
    const text = csv(HEADER, `13710000002,新会员,,,,,,,`, `${seeded.phone},,,,,,,,`, `13710000002,重复,,,,,,,`);
    const reported = await importCsv(owner, text, { mode: "ALL_OR_NOTHING", onDuplicate: "REPORT" });
    expect(reported.written).toBe(false);
    expect(reported.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "phone", "MEMBER_EXISTS"],
      [4, "phone", "DUPLICATE_PHONE"],
    ]);
    expect(await membersByPhone(["13710000002"])).toHaveLength(0);

    const skipped = await importCsv(owner, text, { mode: "ALL_OR_NOTHING", onDuplicate: "SKIP" });
    expect(skipped).toMatchObject({ written: true, createdMembers: 1, skippedRows: 2, errorCount: 0 });
    expect((await membersByPhone(["13710000002"]))[0]?.name).toBe("新会员");
  });

  it("reads XLSX with Chinese headers and date cells, and reports bad cells and unknown references by column", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("会员");
    sheet.addRow(["手机号", "姓名", "生日", "性别", "营销同意", "所属门店", "会员等级", "积分"]);
    sheet.addRow(["13710000003", "李雷", new Date(Date.UTC(1992, 6, 15)), "F", "Y", "BJ01", "金卡", 80]);
    sheet.addRow(["13710000004", "韩梅梅", "1992-13-01", "X", "也许", "NOPE", "PLATINUM", "-5"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = (
      await owner.ok<{ importMembers: Report }>(IMPORT, { i: { fileBase64: b64(bytes), format: "XLSX", mode: "SKIP_BAD_ROWS" } })
    ).importMembers;
    expect(report).toMatchObject({ written: true, createdMembers: 1, invalidRows: 1 });
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "birthday", "INVALID_DATE"],
      [3, "gender", "INVALID_GENDER"],
      [3, "consent_marketing", "INVALID_BOOLEAN"],
      [3, "points", "INVALID_POINTS"],
    ]);
    const gold = await env.db.memberTier.findFirstOrThrow({ where: { merchantId, code: "GOLD" } });
    const lei = await env.db.member.findUniqueOrThrow({ where: { merchantId_phone: { merchantId, phone: "13710000003" } } });
    expect(lei).toMatchObject({ name: "李雷", gender: "F", tierId: gold.id, homeStoreId: env.demo.storeIds.beijing, pointsBalance: 80 });
    expect(lei.birthday?.toISOString().slice(0, 10)).toBe("1992-07-15");

    const refs = await importCsv(owner, csv(HEADER, `13710000005,,,,,,NOPE,PLATINUM,`), { mode: "VALIDATE_ONLY" });
    expect(refs.errors.map((e) => [e.column, e.code])).toEqual([
      ["home_store", "UNKNOWN_STORE"],
      ["tier", "UNKNOWN_TIER"],
    ]);
  });

  it("rejects a file without a phone column or with unknown columns, and staff without member:write", async () => {
    const noPhone = await importCsv(owner, csv("姓名,爱好", "张三,跑步"), { mode: "ALL_OR_NOTHING" });
    expect(noPhone.written).toBe(false);
    expect(noPhone.errors.map((e) => [e.column, e.code])).toEqual([
      ["phone", "MISSING_COLUMN"],
      ["爱好", "UNKNOWN_COLUMN"],
    ]);
    const marketing = await env.as("marketing");
    const denied = await marketing.gql(IMPORT, { i: { fileBase64: b64(csv(HEADER)), format: "CSV" } });
    expect(TestClient.code(denied)).toBe("FORBIDDEN");
  });

  it("imports 5,000 rows in one go within seconds", async () => {
    const lines = [HEADER];
    for (let i = 0; i < 5000; i++) {
      const phone = `1365${String(i).padStart(7, "0")}`;
      lines.push(
        `${phone},会员${i},m${i}@example.com,1990-01-${String((i % 28) + 1).padStart(2, "0")},${i % 2 ? "男" : "女"},是,SH01,NORMAL,${i % 300}`,
      );
    }
    const started = Date.now();
    const report = await importCsv(owner, csv(...lines), { mode: "ALL_OR_NOTHING", onDuplicate: "MERGE" });
    const elapsed = Date.now() - started;
    expect(report).toMatchObject({ written: true, totalRows: 5000, createdMembers: 5000, errorCount: 0 });
    expect(await env.db.member.count({ where: { merchantId, phone: { startsWith: "1365" } } })).toBe(5000);
    expect(elapsed).toBeLessThan(20_000);
  });
});
