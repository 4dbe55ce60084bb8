import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import {
  b64,
  CATALOG_HEADER,
  catalogSnapshot as snapshot,
  csvLines,
  IMPORT,
  importFile,
  type Report,
} from "./fixtures/catalog-file-client.ts";
import { generatedCatalogCsv, testEan13 } from "./fixtures/generated-catalog.ts";

let env: TestEnv;
let owner: TestClient;
let merchantId: string;

const HEADER = CATALOG_HEADER;
const csv = csvLines;
/** Valid EAN-13 codes no demo variant carries; `series` keeps tests apart. */
const ean = testEan13;
const badCheckDigit = (code: string) => `${code.slice(0, -1)}${(Number(code.slice(-1)) + 1) % 10}`;

const variantsBySku = (skus: string[]) =>
  env.db.variant.findMany({
    where: { merchantId, sku: { in: skus } },
    include: { barcodes: true, product: true },
    orderBy: { sku: "asc" },
  });
const catalogSnapshot = () => snapshot(env.db, merchantId);

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  merchantId = env.demo.merchantId;
});
afterAll(async () => {
  await env?.close();
});

describe("importCatalog", () => {
  it("imports 3 products with 7 variants, creating categories by path and brands, prices exact to the 分", async () => {
    const file = readFileSync(new URL("./fixtures/catalog-sample.csv", import.meta.url));
    const report = await importFile(owner, file);
    expect(report).toMatchObject({
      mode: "ALL_OR_NOTHING",
      written: true,
      totalRows: 7,
      validRows: 7,
      invalidRows: 0,
      createdProducts: 3,
      createdVariants: 7,
      updatedVariants: 0,
      createdCategories: 4,
      createdBrands: 1,
      errorCount: 0,
      errors: [],
    });

    const variants = await variantsBySku([
      "SAMPLE-TEE-RED-M",
      "SAMPLE-TEE-RED-L",
      "SAMPLE-TEE-BLUE-M",
      "SAMPLE-CUP-350",
      "SAMPLE-CUP-500",
      "SAMPLE-SOCK-ONE",
      "SAMPLE-SOCK-BIG",
    ]);
    const bySku = new Map(variants.map((v) => [v.sku, v]));
    expect(Object.fromEntries(variants.map((v) => [v.sku, [v.basePrice, v.costPrice]]))).toEqual({
      "SAMPLE-TEE-RED-M": [9900, 4550],
      "SAMPLE-TEE-RED-L": [9900, 4550],
      "SAMPLE-TEE-BLUE-M": [10990, null],
      "SAMPLE-CUP-350": [1999, 880],
      "SAMPLE-CUP-500": [2999, null],
      "SAMPLE-SOCK-ONE": [10, null],
      "SAMPLE-SOCK-BIG": [10, null],
    });
    const tee = bySku.get("SAMPLE-TEE-RED-L");
    expect(tee?.name).toBe("导入样例纯棉T恤 红/L");
    expect(tee?.optionValues).toEqual({ 颜色: "红", 尺码: "L" });
    expect(tee?.barcodes.map((b) => [b.code, b.isPrimary]).sort()).toEqual([
      ["4790000000020", true],
      ["4790000000037", false],
    ]);
    expect(tee?.product).toMatchObject({
      name: "导入样例纯棉T恤",
      status: "ACTIVE",
      tags: ["新品", "夏季"],
      description: "100% 纯棉, 圆领",
    });
    expect(tee?.product.options).toEqual([
      { name: "颜色", values: ["红", "蓝"] },
      { name: "尺码", values: ["M", "L"] },
    ]);
    expect(tee?.product.searchText).toContain("cmtx");
    expect(bySku.get("SAMPLE-CUP-350")?.name).toBe("小号 350ml");
    expect(bySku.get("SAMPLE-CUP-350")?.product.status).toBe("DRAFT");
    expect(new Set(variants.map((v) => v.productId)).size).toBe(3);

    const category = await env.db.category.findUniqueOrThrow({
      where: { id: tee?.product.categoryId as string },
      include: { parent: true },
    });
    expect([category.parent?.name, category.name]).toEqual(["导入样例", "T恤"]);
    const sock = bySku.get("SAMPLE-SOCK-ONE");
    const apparel = await env.db.category.findFirstOrThrow({ where: { merchantId, name: "配件" }, include: { parent: true } });
    expect(sock?.product.categoryId).toBe(apparel.id);
    expect(apparel.parent?.name).toBe("服装");
    const brand = await env.db.brand.findFirstOrThrow({ where: { merchantId, name: "样例品牌" } });
    expect(tee?.product.brandId).toBe(brand.id);
    expect(await env.db.stockLevel.count({ where: { variantId: { in: variants.map((v) => v.id) } } })).toBe(0);

    const audits = await env.db.auditLog.findMany({ where: { merchantId, entityType: "CatalogImport", entityId: report.fileSha256 } });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.action).toBe("catalog.import");
    expect(audits[0]?.after).toMatchObject({ createdVariants: 7, mode: "ALL_OR_NOTHING", bytes: file.length });
  });

  const badFile = (prefix: string, series: number) =>
    csv(
      HEADER,
      `K1,${prefix}坏行测试,,,,,,${prefix}-1,,颜色=红,10.00,,${ean(series, 1)}`,
      `K1,,,,,,,${prefix}-2,,颜色=蓝,10.00,,${badCheckDigit(ean(series, 2))}`,
      `K1,,,,,,,${prefix}-3,,颜色=白,10.00,,${ean(series, 3)}`,
      `K1,,,,,,,${prefix}-1,,颜色=黑,10.00,,${ean(series, 4)}`,
      `K2,${prefix}好商品,,,,,,${prefix}-5,,,12.5,,${ean(series, 5)}`,
    );

  it("ALL_OR_NOTHING: a file with two bad rows imports nothing and names exactly those rows and columns", async () => {
    const before = await catalogSnapshot();
    const report = await importFile(owner, badFile("BAD", 1));
    expect(report).toMatchObject({ written: false, totalRows: 5, validRows: 3, invalidRows: 2, errorCount: 2 });
    expect(report.errors.map(({ row, column, value, code }) => ({ row, column, value, code }))).toEqual([
      { row: 3, column: "barcodes", value: badCheckDigit(ean(1, 2)), code: "BARCODE_INVALID_CHECK_DIGIT" },
      { row: 5, column: "sku", value: "BAD-1", code: "DUPLICATE_SKU" },
    ]);
    expect(report.errors[1]?.message).toContain("row 2");
    expect(await catalogSnapshot()).toEqual(before);
    const audit = await env.db.auditLog.findFirst({ where: { entityType: "CatalogImport", entityId: report.fileSha256 } });
    expect(audit?.action).toBe("catalog.import.rejected");
    expect(JSON.stringify(audit)).not.toContain(b64(badFile("BAD", 1)).slice(0, 40));
  });

  it("VALIDATE_ONLY reports what an import would do and writes nothing", async () => {
    const before = await catalogSnapshot();
    const file = csv(
      HEADER,
      `V1,仅校验商品,仅校验分类/子类,仅校验品牌,ACTIVE,,,VAL-1,,颜色=红,1,,${ean(2, 1)}`,
      `V1,,,,,,,VAL-2,,颜色=蓝,2,,`,
    );
    const report = await importFile(owner, file, { mode: "VALIDATE_ONLY" });
    expect(report).toMatchObject({
      mode: "VALIDATE_ONLY",
      written: false,
      validRows: 2,
      createdProducts: 1,
      createdVariants: 2,
      createdCategories: 2,
      createdBrands: 1,
      errorCount: 0,
    });
    expect(await catalogSnapshot()).toEqual(before);
    const bad = await importFile(owner, badFile("VBAD", 3), { mode: "VALIDATE_ONLY" });
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "barcodes"],
      [5, "sku"],
    ]);
    expect(await catalogSnapshot()).toEqual(before);
  });

  it("SKIP_BAD_ROWS imports the good rows and reports the bad ones", async () => {
    const report = await importFile(owner, badFile("SKIP", 4), { mode: "SKIP_BAD_ROWS" });
    expect(report).toMatchObject({ written: true, validRows: 3, invalidRows: 2, createdProducts: 2, createdVariants: 3, errorCount: 2 });
    const variants = await variantsBySku(["SKIP-1", "SKIP-2", "SKIP-3", "SKIP-5"]);
    expect(variants.map((v) => [v.sku, v.basePrice])).toEqual([
      ["SKIP-1", 1000],
      ["SKIP-3", 1000],
      ["SKIP-5", 1250],
    ]);
    // The product's options hold only the values of the rows imported.
    expect(variants[0]?.product.options).toEqual([{ name: "颜色", values: ["红", "白"] }]);
  });

  it("reads Chinese headers and status names from a UTF-8 file with BOM", async () => {
    const file = `\uFEFF${csv(
      "商品名称,分类,品牌,状态,标签,SKU,规格,售价,成本价,条码",
      `中文表头商品,中文分类,中文品牌,在售,促销|新品,ZH-1,颜色=红,88.80,40,${ean(5, 1)}`,
      `中文表头商品,中文分类,中文品牌,在售,促销|新品,ZH-2,颜色=绿,88.8,,${ean(5, 2)}`,
    )}`;
    const report = await importFile(owner, file);
    expect(report).toMatchObject({ written: true, createdProducts: 1, createdVariants: 2, errorCount: 0 });
    const variants = await variantsBySku(["ZH-1", "ZH-2"]);
    expect(variants.map((v) => [v.basePrice, v.costPrice])).toEqual([
      [8880, 4000],
      [8880, null],
    ]);
    expect(variants[0]?.product).toMatchObject({ name: "中文表头商品", status: "ACTIVE", tags: ["促销", "新品"] });
  });

  it("keeps commas, quotes and line breaks inside quoted fields", async () => {
    const file = csv(
      HEADER,
      `Q1,"经典T恤, 加厚款",,,,,"第一行
第二行, 含逗号 ""引号""",QUOTE-1,"红色, 大号",颜色=红,"1,299.00",,`,
    );
    const report = await importFile(owner, file);
    expect(report.errors).toEqual([]);
    const [variant] = await variantsBySku(["QUOTE-1"]);
    expect(variant?.name).toBe("红色, 大号");
    expect(variant?.basePrice).toBe(129900);
    expect(variant?.product.name).toBe("经典T恤, 加厚款");
    expect(variant?.product.description).toBe('第一行\n第二行, 含逗号 "引号"');
  });

  it("handles existing SKUs by policy: ERROR reports them, SKIP skips them, UPDATE changes them with price history", async () => {
    const original = csv(HEADER, `E1,已存在商品,,,ACTIVE,,,EXIST-1,,,50.00,20,${ean(6, 1)}`);
    expect((await importFile(owner, original)).createdVariants).toBe(1);

    const again = await importFile(owner, original);
    expect(again.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, "sku", "SKU_EXISTS"]]);
    expect(again.written).toBe(false);

    const changed = csv(HEADER, `E1,已存在商品,,,ACTIVE,,,EXIST-1,,,55.00,20,${ean(6, 2)}|${ean(6, 1)}`, `E1,,,,,,,EXIST-2,,,60,,`);
    const skipped = await importFile(owner, changed, { onExistingSku: "SKIP" });
    expect(skipped).toMatchObject({ skippedRows: 1, createdVariants: 1, updatedVariants: 0, errorCount: 0 });
    const [existing, added] = await variantsBySku(["EXIST-1", "EXIST-2"]);
    expect(existing?.basePrice).toBe(5000);
    expect(added?.productId).toBe(existing?.productId);

    const updated = await importFile(owner, changed, { onExistingSku: "UPDATE" });
    expect(updated).toMatchObject({ updatedVariants: 1, unchangedVariants: 1, createdVariants: 0, errorCount: 0 });
    const [after] = await variantsBySku(["EXIST-1"]);
    expect(after?.basePrice).toBe(5500);
    expect(after?.barcodes.find((b) => b.isPrimary)?.code).toBe(ean(6, 2));
    expect(after?.barcodes).toHaveLength(2);
    const history = await env.db.priceChange.findMany({ where: { variantId: after?.id } });
    expect(history.map((h) => [h.scope, h.oldPrice, h.newPrice, h.status])).toEqual([["BASE", 5000, 5500, "APPLIED"]]);
    const event = await env.db.outboxEvent.findFirst({ where: { topic: "PRICE_CHANGED" }, orderBy: { id: "desc" } });
    expect(event?.payload).toMatchObject({ variantId: after?.id, price: 5500, scope: "BASE" });

    // A file of SKUs and prices only updates prices and leaves everything else alone.
    const prices = await importFile(owner, csv("sku,base_price", "EXIST-2,61.00"), { onExistingSku: "UPDATE" });
    expect(prices).toMatchObject({ updatedVariants: 1, updatedProducts: 0, errorCount: 0 });
    const [added2] = await variantsBySku(["EXIST-2"]);
    expect([added2?.basePrice, added2?.name]).toEqual([6100, added?.name]);
  });

  it("rejects barcodes another variant carries, unknown columns and callers without catalog:write", async () => {
    const taken = await env.db.barcode.findFirstOrThrow({ where: { merchantId }, include: { variant: true } });
    const report = await importFile(owner, csv(HEADER, `T1,条码冲突,,,,,,TAKEN-1,,,1,,${taken.code}`));
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, "barcodes", "BARCODE_TAKEN"]]);
    expect(report.errors[0]?.message).toContain(taken.variant.sku);

    const unknown = await importFile(owner, csv("sku,product_name,base_price,颜色码", "U-1,x,1,y"));
    expect(unknown.errors.map((e) => [e.row, e.column, e.code])).toEqual([[1, "颜色码", "UNKNOWN_COLUMN"]]);
    expect(unknown.written).toBe(false);

    const cashier = await env.as("cashier.sh");
    const denied = await cashier.gql(IMPORT, { i: { fileBase64: b64(csv(HEADER)), format: "CSV" } });
    expect(TestClient.code(denied)).toBe("FORBIDDEN");
    const notBase64 = await owner.gql(IMPORT, { i: { fileBase64: "%%%", format: "CSV" } });
    expect(TestClient.code(notBase64)).toBe("BAD_USER_INPUT");
  });

  it("rejects a whole product whose rows disagree, and variants whose options do not fit their product", async () => {
    const file = csv(
      HEADER,
      `C1,不一致商品,分类甲,,ACTIVE,,,CONS-1,,颜色=红,1,,`,
      `C1,不一致商品,分类乙,,ACTIVE,,,CONS-2,,颜色=蓝,1,,`,
      `O1,规格商品,,,,,,OPT-1,,颜色=红;尺码=M,1,,`,
      `O1,规格商品,,,,,,OPT-2,,颜色=红,1,,`,
      `O1,规格商品,,,,,,OPT-3,,颜色=红;尺码=M,1,,`,
      `O1,规格商品,,,,,,OPT-4,,颜色=蓝;尺码=M,1,,`,
      `,,,,,,,ORPHAN-1,,,1,,`,
    );
    const report = await importFile(owner, file, { mode: "SKIP_BAD_ROWS" });
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "product_key", "PRODUCT_REJECTED"],
      [3, "category", "INCONSISTENT_PRODUCT"],
      [5, "options", "OPTIONS_MISMATCH"],
      [6, "options", "OPTIONS_MISMATCH"],
      [8, "product_name", "REQUIRED"],
    ]);
    expect(report).toMatchObject({ createdProducts: 1, createdVariants: 2 });
    const variants = await variantsBySku(["CONS-1", "CONS-2", "OPT-1", "OPT-2", "OPT-3", "OPT-4"]);
    expect(variants.map((v) => v.sku)).toEqual(["OPT-1", "OPT-4"]);
    expect(variants[0]?.product.options).toEqual([
      { name: "颜色", values: ["红", "蓝"] },
      { name: "尺码", values: ["M"] },
    ]);
  });

  it("two imports of the same new SKUs at once: one writes them, the other writes nothing", async () => {
    const file = csv(HEADER, `R1,并发商品,,,,,,RACE-1,,,1,,${ean(8, 1)}`, `R1,,,,,,,RACE-2,,,2,,${ean(8, 2)}`);
    const [a, b] = await Promise.all([
      owner.gql<{ importCatalog: Report }>(IMPORT, { i: { fileBase64: b64(file), format: "CSV" } }),
      owner.gql<{ importCatalog: Report }>(IMPORT, { i: { fileBase64: b64(file), format: "CSV" } }),
    ]);
    const outcomes = [a, b].map((r) =>
      r.errors ? TestClient.code(r) : r.data?.importCatalog.written ? "WRITTEN" : r.data?.importCatalog.errors[0]?.code,
    );
    expect(outcomes.filter((o) => o === "WRITTEN")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "CONFLICT" || o === "SKU_EXISTS")).toHaveLength(1);
    expect(await env.db.variant.count({ where: { merchantId, sku: { in: ["RACE-1", "RACE-2"] } } })).toBe(2);
    expect(await env.db.product.count({ where: { merchantId, name: "并发商品" } })).toBe(1);
  });

  it("imports an XLSX workbook with numeric cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["商品名称", "SKU", "规格", "售价", "条码"]);
    sheet.addRow(["表格商品", "XLSX-1", "尺码=S", 19.99, Number(ean(7, 1))]);
    sheet.addRow([]);
    sheet.addRow(["表格商品", "XLSX-2", "尺码=M", 20, ean(7, 2)]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await owner.ok<{ importCatalog: Report }>(IMPORT, { i: { fileBase64: b64(bytes), format: "XLSX" } });
    expect(report.importCatalog).toMatchObject({ totalRows: 2, createdVariants: 2, errorCount: 0 });
    const variants = await variantsBySku(["XLSX-1", "XLSX-2"]);
    expect(variants.map((v) => [v.basePrice, v.barcodes[0]?.code])).toEqual([
      [1999, ean(7, 1)],
      [2000, ean(7, 2)],
    ]);

    const wrongRow = new ExcelJS.Workbook();
    const s2 = wrongRow.addWorksheet("Sheet1");
    s2.addRow(["product_name", "sku", "base_price"]);
    s2.getRow(4).values = ["x", "XLSX-BAD", "abc"];
    const bad = await owner.ok<{ importCatalog: Report }>(IMPORT, {
      i: { fileBase64: b64(Buffer.from(await wrongRow.xlsx.writeBuffer())), format: "XLSX" },
    });
    expect(bad.importCatalog.errors.map((e) => [e.row, e.column, e.code])).toEqual([[4, "base_price", "INVALID_PRICE"]]);
  });
});

describe("a 10,000-row file", () => {
  it("imports in one transaction through the API (a body over 1 MB, accepted for catalog:write only)", async () => {
    const file = generatedCatalogCsv(10_000);
    const body = b64(file);
    expect(body.length).toBeGreaterThan(1024 * 1024);

    const cashier = await env.as("cashier.sh");
    const tooLarge = await cashier.gql(IMPORT, { i: { fileBase64: body, format: "CSV" } });
    expect(tooLarge.status).toBe(413);

    const started = performance.now();
    const report = (await owner.ok<{ importCatalog: Report }>(IMPORT, { i: { fileBase64: body, format: "CSV" } })).importCatalog;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[catalog import] 10,000 rows (${(body.length / 1e6).toFixed(2)} MB of base64) through the API on ${env.dbKind}: ${seconds.toFixed(2)} s`,
    );
    expect(report).toMatchObject({
      written: true,
      totalRows: 10_000,
      createdProducts: 2500,
      createdVariants: 10_000,
      createdCategories: 21,
      createdBrands: 10,
      errorCount: 0,
    });
    expect(await env.db.variant.count({ where: { merchantId, sku: { startsWith: "BULK-" } } })).toBe(10_000);
    expect(await env.db.barcode.count({ where: { merchantId, code: { startsWith: "4610" } } })).toBe(10_000);
  });
});
