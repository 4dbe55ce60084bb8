import { pinyin } from "pinyin-pro";
import { upcAToEan13, validateBarcode } from "@o2o/domain";
import { badInput, type FieldError } from "../../errors/api-errors.ts";
import type { BarcodeType } from "../../generated/prisma/enums.ts";
import type { CreateVariantInput, ProductOptionInput } from "./catalog.inputs.ts";

export type CheckedBarcode = { code: string; type: BarcodeType; isPrimary: boolean };
type OptionAxis = { name: string; values: string[] };

/**
 * Validates each variant's barcodes with the domain rule (EAN-13 / UPC-A / EAN-8 with a correct check digit) and returns
 * them normalised; UPC-A codes are stored in their EAN-13 form so either scan finds the variant. Reports every bad code
 * with its field path, e.g. `variants.0.barcodes.1`.
 */
export function checkVariantBarcodes(variants: CreateVariantInput[]): CheckedBarcode[][] {
  const errors: FieldError[] = [];
  const seen = new Map<string, string>();
  const result = variants.map((variant, v) =>
    (variant.barcodes ?? []).flatMap((raw, b): CheckedBarcode[] => {
      const field = `variants.${v}.barcodes.${b}`;
      const checked = validateBarcode(raw);
      if (!checked.ok) {
        errors.push({ field, message: checked.message, constraint: checked.code });
        return [];
      }
      const code = checked.format === "UPCA" ? upcAToEan13(checked.code) : checked.code;
      const first = seen.get(code);
      if (first) {
        errors.push({ field, message: `Barcode ${code} is also given at ${first}.`, constraint: "duplicate" });
        return [];
      }
      seen.set(code, field);
      return [{ code, type: checked.format, isPrimary: b === 0 }];
    }),
  );
  if (errors.length) throw badInput(errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
  return result;
}

/** SKUs must be unique within the input as well as within the merchant. */
export function checkDistinctSkus(variants: CreateVariantInput[]): void {
  const seen = new Map<string, number>();
  const errors: FieldError[] = [];
  variants.forEach((variant, i) => {
    const first = seen.get(variant.sku);
    if (first !== undefined) {
      errors.push({
        field: `variants.${i}.sku`,
        message: `SKU ${variant.sku} is also given at variants.${first}.sku.`,
        constraint: "duplicate",
      });
    } else seen.set(variant.sku, i);
  });
  if (errors.length) throw badInput(errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
}

/** The option axes stored on a product (JSON), skipping anything malformed. */
export function productOptions(json: unknown): OptionAxis[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((axis) =>
    axis && typeof axis === "object" && typeof axis.name === "string" && Array.isArray(axis.values)
      ? [{ name: axis.name as string, values: (axis.values as unknown[]).filter((v): v is string => typeof v === "string") }]
      : [],
  );
}

/** Why a variant's option values do not fit the product's option axes, or null when they do. */
export function optionValuesProblem(options: OptionAxis[], optionValues: Record<string, unknown>): string | null {
  const keys = Object.keys(optionValues);
  if (options.length === 0) return keys.length === 0 ? null : "The product has no options, so its variants take no option values.";
  for (const axis of options) {
    const value = optionValues[axis.name];
    if (typeof value !== "string") return `A value for option ${axis.name} is required.`;
    if (!axis.values.includes(value)) return `${value} is not a value of option ${axis.name}.`;
  }
  const unknown = keys.find((k) => !options.some((axis) => axis.name === k));
  return unknown ? `The product has no option ${unknown}.` : null;
}

/** Option axes are distinct, with distinct values; each variant picks one value per axis, and no two pick the same. */
export function checkOptions(
  options: ProductOptionInput[],
  variants: { optionValues?: Record<string, unknown> | null }[],
  variantField: (i: number) => string,
): void {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  options.forEach((axis, i) => {
    if (names.has(axis.name)) errors.push({ field: `options.${i}.name`, message: `Option ${axis.name} is given twice.` });
    names.add(axis.name);
    if (new Set(axis.values).size !== axis.values.length)
      errors.push({ field: `options.${i}.values`, message: "Option values must be distinct." });
  });
  const combos = new Set<string>();
  variants.forEach((variant, i) => {
    const values = variant.optionValues ?? {};
    const problem = optionValuesProblem(options, values);
    if (problem) errors.push({ field: variantField(i), message: problem });
    else if (options.length > 0) {
      const combo = JSON.stringify(options.map((axis) => values[axis.name]));
      if (combos.has(combo)) errors.push({ field: variantField(i), message: "Another variant has the same option values." });
      combos.add(combo);
    }
  });
  if (errors.length) throw badInput(errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
}

/**
 * Words the product is found by besides its name: full pinyin and pinyin initials of its Chinese name (so "cmdx" and
 * "chunmian" find 纯棉短袖), translations, tags, brand and category names, lower case.
 */
export function searchTextOf(parts: {
  name: string;
  nameI18n: unknown;
  tags: string[];
  brand?: string | null;
  category?: string | null;
  extra?: string[];
}): string {
  const i18n =
    parts.nameI18n && typeof parts.nameI18n === "object" ? Object.values(parts.nameI18n).filter((v) => typeof v === "string") : [];
  const words = [
    parts.name,
    pinyinWords(parts.name),
    ...i18n,
    ...parts.tags,
    parts.brand ?? "",
    parts.category ?? "",
    ...(parts.extra ?? []),
  ]
    .join(" ")
    .toLowerCase()
    .split(/\s+/);
  return [...new Set(words.filter(Boolean))].join(" ").slice(0, 2000);
}

/** Full pinyin (no tones, no spaces) and initials of the Chinese parts of a name: "纯棉T恤" → "chunmiantxu cmtx". */
export function pinyinWords(name: string): string {
  if (!/[\u4e00-\u9fff]/.test(name)) return "";
  const full = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" }).join("").replace(/\s+/g, "");
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" }).join("").replace(/\s+/g, "");
  return `${full} ${initials}`.toLowerCase();
}
