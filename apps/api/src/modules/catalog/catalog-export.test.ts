import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import { catalogSnapshot as snapshot, EXPORT, type ExportedFile, IMPORT, importFile, type Report } from "./fixtures/catalog-file-client.ts";
import { readXlsx } from "./xlsx.ts";

let env: TestEnv;
let owner: TestClient;
let merchantId: string;
const catalogSnapshot = () => snapshot(env.db, merchantId);

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  merchantId = env.demo.merchantId;
  // Imported products too: categories and brands the import created, options, a second barcode, cost prices.
  const sample = await importFile(owner, readFileSync(new URL("./fixtures/catalog-sample.csv", import.meta.url)));
  expect(sample.createdVariants).toBe(7);
});
afterAll(async () => {
  await env?.close();
});

describe("exportCatalog", () => {
  it.each(["CSV", "XLSX"])("exports the whole catalogue as %s; re-importing it with UPDATE changes nothing", async (format) => {
    const exported = (await owner.ok<{ exportCatalog: ExportedFile }>(EXPORT, { format })).exportCatalog;
    const variantCount = await env.db.variant.count({ where: { merchantId } });
    expect(exported.rowCount).toBe(variantCount);
    expect(exported.filename).toMatch(format === "CSV" ? /^catalog-\d{8}-\d{6}\.csv$/ : /\.xlsx$/);
    const bytes = Buffer.from(exported.base64, "base64");
    if (format === "CSV") expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    else expect((await readXlsx(bytes))[0]).toContain("cost_price");

    const before = await catalogSnapshot();
    const report = (
      await owner.ok<{ importCatalog: Report }>(IMPORT, {
        i: { fileBase64: exported.base64, format, onExistingSku: "UPDATE" },
      })
    ).importCatalog;
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({
      totalRows: variantCount,
      validRows: variantCount,
      unchangedVariants: variantCount,
      createdProducts: 0,
      updatedProducts: 0,
      createdVariants: 0,
      updatedVariants: 0,
      createdCategories: 0,
      createdBrands: 0,
      written: false,
    });
    expect(await catalogSnapshot()).toEqual(before);
  });

  it("filters by status and category, names columns in Chinese, and leaves cost prices out for catalog:read only", async () => {
    const sample = await env.db.product.findFirstOrThrow({ where: { merchantId, name: "导入样例保温杯" } });
    const draft = (
      await owner.ok<{ exportCatalog: ExportedFile }>(EXPORT, {
        format: "CSV",
        filter: { status: "DRAFT", categoryId: sample.categoryId },
        headers: "CHINESE",
      })
    ).exportCatalog;
    const text = Buffer.from(draft.base64, "base64").toString("utf8");
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("商品编号,商品名称,分类,品牌,状态,标签,描述,SKU,规格名称,规格,售价,成本价,条码");
    expect(lines.slice(1).map((l) => l.split(",")[7])).toEqual(["SAMPLE-CUP-350", "SAMPLE-CUP-500"]);
    expect(lines[1]).toContain(",19.99,8.80,4790000000051");

    const cashier = await env.as("cashier.sh");
    const forCashier = (
      await cashier.ok<{ exportCatalog: ExportedFile }>(EXPORT, { format: "CSV", filter: { categoryId: sample.categoryId } })
    ).exportCatalog;
    expect(Buffer.from(forCashier.base64, "base64").toString("utf8")).not.toContain("cost_price");
  });
});
