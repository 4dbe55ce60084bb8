import { type ValidationError, validateSync } from "class-validator";
import type { GraphQLError } from "graphql";
import type { FieldError } from "../../errors/api-errors.ts";
import { ProductStatus } from "../../generated/prisma/enums.ts";
import type { CatalogColumn } from "./catalog-file-columns.ts";
import { CreateBrandInput, CreateCategoryInput, CreateVariantInput, UpdateProductInput } from "./catalog.inputs.ts";
import { type CheckedBarcode, checkVariantBarcodes } from "./product-input-checks.ts";
import { parseFen, parseYuan } from "./yuan-price.ts";

/** One problem of the file: a 1-based spreadsheet row (the header is row 1), the column and the cell's text. */
export type ImportProblem = { row: number | null; column: string | null; value: string | null; code: string; message: string };

/**
 * A variant row as read from the file. For each optional column, `undefined` means the file has no such column (an
 * existing variant or product keeps what it has) and `null` means the cell is empty (the value is cleared).
 */
export type ImportRow = {
  row: number;
  sku: string;
  productKey: string | null;
  productName: string | null;
  categoryPath: string[] | null | undefined;
  brand: string | null | undefined;
  status: ProductStatus | null | undefined;
  tags: string[] | null | undefined;
  description: string | null | undefined;
  variantName: string | null | undefined;
  /** Option values in the order the cell names them. */
  options: [string, string][] | null | undefined;
  basePrice: number | null | undefined;
  costPrice: number | null | undefined;
  barcodes: CheckedBarcode[] | null | undefined;
  /** The row's non-empty cells as written, for error reports. */
  cells: Partial<Record<CatalogColumn, string>>;
  problems: ImportProblem[];
};

const STATUS_NAMES: Record<string, ProductStatus> = {
  draft: ProductStatus.DRAFT,
  草稿: ProductStatus.DRAFT,
  active: ProductStatus.ACTIVE,
  在售: ProductStatus.ACTIVE,
  上架: ProductStatus.ACTIVE,
  已上架: ProductStatus.ACTIVE,
  archived: ProductStatus.ARCHIVED,
  归档: ProductStatus.ARCHIVED,
  已归档: ProductStatus.ARCHIVED,
  下架: ProductStatus.ARCHIVED,
  已下架: ProductStatus.ARCHIVED,
};

const LIST_SEPARATOR = /[|｜]/;
const BARCODE_SEPARATOR = /[|｜,，;；]/;
const OPTION_SEPARATOR = /[;；]/;
const OPTION_PAIR = /^([^=＝:：]+)[=＝:：](.*)$/;
const CATEGORY_SEPARATOR = /[/／]/;
const MAX_CATEGORY_DEPTH = 5;

/** class-validator constraint names as stable error codes. */
function codeOfConstraint(name: string): string {
  if (name === "isLength" || name === "maxLength" || name === "minLength") return "INVALID_LENGTH";
  if (name === "matches") return "INVALID_FORMAT";
  if (name === "min" || name === "max") return "OUT_OF_RANGE";
  if (name === "arrayMaxSize") return "TOO_MANY_VALUES";
  if (name === "isStringMap") return "INVALID_OPTIONS";
  return "INVALID_VALUE";
}

/** The catalogue's own input rules (the decorators on CreateVariantInput etc.) applied to one row's values. */
function inputProblems(input: object, columns: Record<string, CatalogColumn>, cells: (c: CatalogColumn) => string | null, row: number) {
  const out: ImportProblem[] = [];
  const walk = (errors: ValidationError[]) => {
    for (const e of errors) {
      const column = columns[e.property];
      if (!column) continue;
      for (const [name, message] of Object.entries(e.constraints ?? {})) {
        out.push({ row, column, value: cells(column), code: codeOfConstraint(name), message });
      }
      if (e.children?.length) walk(e.children);
    }
  };
  walk(validateSync(input, { forbidUnknownValues: false }));
  return out;
}

const cache = <T>(fn: (key: string) => T) => {
  const memo = new Map<string, T>();
  return (key: string): T => {
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = fn(key);
      memo.set(key, hit);
    }
    return hit;
  };
};

/** Reads the data rows of a file (header already mapped). Blank rows are dropped; rows keep their spreadsheet number. */
export function readImportRows(records: readonly (readonly string[])[], index: Map<CatalogColumn, number>): ImportRow[] {
  const brandProblem = cache(
    (name: string) => inputProblems(Object.assign(new CreateBrandInput(), { name }), { name: "brand" }, () => name, 0)[0]?.message ?? null,
  );
  const categoryProblem = cache(
    (name: string) =>
      inputProblems(Object.assign(new CreateCategoryInput(), { name }), { name: "category" }, () => name, 0)[0]?.message ?? null,
  );
  const rows: ImportRow[] = [];
  records.forEach((record, i) => {
    if (i === 0 || record.every((c) => c.trim() === "")) return;
    const rowNumber = i + 1;
    const cell = (column: CatalogColumn): string | null => {
      const at = index.get(column);
      if (at === undefined) return null;
      const value = (record[at] ?? "").trim();
      return value === "" ? null : value;
    };
    const has = (column: CatalogColumn) => index.has(column);
    const cells: Partial<Record<CatalogColumn, string>> = {};
    for (const column of index.keys()) {
      const value = cell(column);
      if (value !== null) cells[column] = value;
    }
    const problems: ImportProblem[] = [];
    const problem = (column: CatalogColumn, code: string, message: string) =>
      problems.push({ row: rowNumber, column, value: cell(column), code, message });

    const sku = cell("sku") ?? "";
    if (!sku) problem("sku", "REQUIRED", "A SKU is required on every row.");

    let status: ProductStatus | null | undefined = has("status") ? null : undefined;
    const statusText = cell("status");
    if (statusText) {
      status = STATUS_NAMES[statusText.toLowerCase()] ?? null;
      if (!status)
        problem("status", "INVALID_STATUS", `"${statusText}" is not a status: use DRAFT, ACTIVE or ARCHIVED (草稿, 在售, 下架).`);
    }

    let categoryPath: string[] | null | undefined = has("category") ? null : undefined;
    const categoryText = cell("category");
    if (categoryText) {
      const segments = categoryText.split(CATEGORY_SEPARATOR).map((s) => s.trim());
      if (segments.some((s) => !s))
        problem("category", "INVALID_CATEGORY", `"${categoryText}" has an empty level; write a path like 服装/T恤.`);
      else if (segments.length > MAX_CATEGORY_DEPTH)
        problem("category", "INVALID_CATEGORY", `A category path has at most ${MAX_CATEGORY_DEPTH} levels.`);
      else {
        const bad = segments.map(categoryProblem).find((m) => m);
        if (bad) problem("category", "INVALID_LENGTH", bad);
        else categoryPath = segments;
      }
    }

    let brand: string | null | undefined = has("brand") ? null : undefined;
    const brandText = cell("brand");
    if (brandText) {
      const bad = brandProblem(brandText);
      if (bad) problem("brand", "INVALID_LENGTH", bad);
      else brand = brandText;
    }

    const tagsText = cell("tags");
    const tags = tagsText
      ? [
          ...new Set(
            tagsText
              .split(LIST_SEPARATOR)
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ]
      : has("tags")
        ? null
        : undefined;

    let options: [string, string][] | null | undefined = has("options") ? null : undefined;
    const optionsText = cell("options");
    if (optionsText) {
      const pairs: [string, string][] = [];
      for (const part of optionsText.split(OPTION_SEPARATOR)) {
        if (!part.trim()) continue;
        const m = OPTION_PAIR.exec(part.trim());
        const name = m?.[1]?.trim() ?? "";
        const value = m?.[2]?.trim() ?? "";
        if (!name || !value) {
          problem("options", "INVALID_OPTIONS", `"${part.trim()}" is not an option like 颜色=红 (options are separated by ;).`);
          break;
        }
        if (pairs.some(([n]) => n === name)) {
          problem("options", "INVALID_OPTIONS", `Option ${name} is given twice.`);
          break;
        }
        pairs.push([name, value]);
      }
      options = pairs;
    }

    const basePrice = price(cell("base_price"), cell("base_price_fen"), has("base_price") || has("base_price_fen"), "base_price", problem);
    const costPrice = price(cell("cost_price"), cell("cost_price_fen"), has("cost_price") || has("cost_price_fen"), "cost_price", problem);

    let barcodes: CheckedBarcode[] | null | undefined = has("barcodes") ? null : undefined;
    const barcodesText = cell("barcodes");
    const codes = barcodesText
      ? barcodesText
          .split(BARCODE_SEPARATOR)
          .map((c) => c.trim())
          .filter(Boolean)
      : [];

    const productName = cell("product_name");
    const description = has("description") ? cell("description") : undefined;
    const variantName = has("variant_name") ? cell("variant_name") : undefined;

    // The catalogue's own rules for lengths, formats, ranges and counts.
    const variantInput = Object.assign(new CreateVariantInput(), {
      sku,
      name: variantName ?? "-",
      optionValues: options ? Object.fromEntries(options) : null,
      basePrice: basePrice ?? 0,
      costPrice: costPrice ?? null,
      barcodes: codes,
    });
    const productInput = Object.assign(new UpdateProductInput(), {
      name: productName,
      description: description ?? null,
      status: status ?? null,
      tags: tags ?? null,
    });
    const reported = new Set(problems.map((p) => p.column));
    for (const p of [
      ...inputProblems(
        variantInput,
        {
          sku: "sku",
          name: "variant_name",
          optionValues: "options",
          basePrice: "base_price",
          costPrice: "cost_price",
          barcodes: "barcodes",
        },
        cell,
        rowNumber,
      ),
      ...inputProblems(productInput, { name: "product_name", description: "description", tags: "tags" }, cell, rowNumber),
    ]) {
      if (!reported.has(p.column) && !(p.column === "sku" && !sku)) problems.push(p);
    }

    if (codes.length && !problems.some((p) => p.column === "barcodes")) {
      const checked = barcodeProblems(codes);
      if (checked.ok) barcodes = checked.barcodes;
      else {
        for (const e of checked.errors) {
          if (e.constraint === "duplicate") problem("barcodes", "DUPLICATE_BARCODE", "A barcode is given twice in this cell.");
          else problem("barcodes", e.constraint ?? "INVALID_BARCODE", e.message);
        }
      }
    }

    rows.push({
      row: rowNumber,
      sku,
      productKey: cell("product_key"),
      productName,
      categoryPath,
      brand,
      status,
      tags,
      description,
      variantName,
      options,
      basePrice,
      costPrice,
      barcodes,
      cells,
      problems,
    });
  });
  return rows;
}

function price(
  yuanText: string | null,
  fenText: string | null,
  present: boolean,
  column: "base_price" | "cost_price",
  problem: (column: CatalogColumn, code: string, message: string) => void,
): number | null | undefined {
  if (!present) return undefined;
  const yuan = yuanText === null ? null : parseYuan(yuanText);
  const fen = fenText === null ? null : parseFen(fenText);
  if (yuan && !yuan.ok) problem(column, "INVALID_PRICE", yuan.message);
  if (fen && !fen.ok) problem(`${column}_fen`, "INVALID_PRICE", fen.message);
  if ((yuan && !yuan.ok) || (fen && !fen.ok)) return null;
  if (yuan?.ok && fen?.ok && yuan.fen !== fen.fen) {
    problem(`${column}_fen`, "INVALID_PRICE", `${column} ${yuanText} and ${column}_fen ${fenText} disagree.`);
    return null;
  }
  return yuan?.ok ? yuan.fen : fen?.ok ? fen.fen : null;
}

/** The catalogue's barcode rule (domain check digits, UPC-A kept as EAN-13, no repeats), one row's codes at a time. */
function barcodeProblems(codes: string[]): { ok: true; barcodes: CheckedBarcode[] } | { ok: false; errors: FieldError[] } {
  try {
    return { ok: true, barcodes: checkVariantBarcodes([{ barcodes: codes } as CreateVariantInput])[0] ?? [] };
  } catch (error) {
    const fieldErrors = (error as GraphQLError).extensions?.fieldErrors as FieldError[] | undefined;
    if (!fieldErrors) throw error;
    return { ok: false, errors: fieldErrors };
  }
}

/** Option values as stored on a variant ({ "颜色": "红" }), in the cell's order. */
export function optionRecord(options: [string, string][] | null | undefined): Record<string, string> {
  return Object.fromEntries(options ?? []);
}
