import { randomUUID } from "node:crypto";
import { validateSync } from "class-validator";
import type { GraphQLError } from "graphql";
import type { FieldError } from "../../errors/api-errors.ts";
import { ProductStatus } from "../../generated/prisma/enums.ts";
import type { CatalogColumn } from "./catalog-file-columns.ts";
import { optionRecord, type ImportRow } from "./catalog-import.rows.ts";
import { type CatalogState, type ExistingProduct, type OptionAxis, pathKey } from "./catalog-import.state.ts";
import type {
  BrandRef,
  CategoryRef,
  ImportPlan,
  PlannedProduct,
  PlannedVariantChange,
  PlanOptions,
  RowContext,
} from "./catalog-import.plan.ts";
import { ProductOptionInput, UpdateProductInput } from "./catalog.inputs.ts";
import { checkOptions, searchTextOf } from "./product-input-checks.ts";

/** createProduct takes at most this many variants; an import keeps products within the same bound. */
const MAX_VARIANTS = 100;

const PRODUCT_FIELDS = [
  ["productName", "product_name"],
  ["categoryPath", "category"],
  ["brand", "brand"],
  ["status", "status"],
  ["tags", "tags"],
  ["description", "description"],
] as const;
const PRODUCT_COLUMNS: ReadonlySet<string> = new Set(["product_key", ...PRODUCT_FIELDS.map(([, c]) => c)]);

type ProductValues = {
  productName: string | null | undefined;
  categoryPath: string[] | null | undefined;
  brand: string | null | undefined;
  status: ProductStatus | null | undefined;
  tags: string[] | null | undefined;
  description: string | null | undefined;
};

type ProductsPlan = Pick<
  ImportPlan,
  "newProducts" | "productChanges" | "newVariants" | "variantChanges" | "unchangedVariants" | "newCategoryPaths" | "newBrands"
>;

/** Groups rows into products and plans each: new products and variants, changes to existing ones, categories and brands. */
export function planProducts(rows: ImportRow[], state: CatalogState, opts: PlanOptions, ctx: RowContext): ProductsPlan {
  const plan: ProductsPlan = {
    newProducts: [],
    productChanges: [],
    newVariants: [],
    variantChanges: [],
    unchangedVariants: 0,
    newCategoryPaths: [],
    newBrands: [],
  };
  const groups = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const existing = ctx.existingOf(row);
    const key = row.productKey
      ? `k:${row.productKey}`
      : row.productName
        ? `n:${row.productName}`
        : existing
          ? `p:${existing.productId}`
          : null;
    if (!key) {
      if (!ctx.skipped.has(row))
        ctx.problem(row, "product_name", "REQUIRED", "A new SKU needs a product_name (or a product_key shared with rows that have one).");
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  for (const group of groups.values()) planGroup(group, state, opts, ctx, plan);

  const seenPaths = new Set<string>();
  const seenBrands = new Set<string>();
  for (const p of [...plan.newProducts, ...plan.productChanges]) {
    if (p.category && "path" in p.category) {
      p.category.path.forEach((_, i) => {
        const prefix = p.category && "path" in p.category ? p.category.path.slice(0, i + 1) : [];
        const key = pathKey(prefix);
        if (!state.categoryIdByPath.has(key) && !seenPaths.has(key)) {
          seenPaths.add(key);
          plan.newCategoryPaths.push(prefix);
        }
      });
    }
    if (p.brand && "name" in p.brand && !seenBrands.has(p.brand.name)) {
      seenBrands.add(p.brand.name);
      plan.newBrands.push(p.brand.name);
    }
  }
  plan.newCategoryPaths.sort((a, b) => a.length - b.length);
  return plan;
}

function planGroup(group: ImportRow[], state: CatalogState, opts: PlanOptions, ctx: RowContext, plan: ProductsPlan): void {
  const active = group.filter((r) => !ctx.skipped.has(r));
  if (active.length === 0) return;
  const targetId = group.map((r) => ctx.existingOf(r)?.productId).find((id) => id);
  const target = targetId ? state.products.get(targetId) : undefined;
  const keyColumn: CatalogColumn = active[0]?.productKey ? "product_key" : "product_name";
  for (const row of active) {
    const own = ctx.existingOf(row)?.productId;
    if (own && own !== targetId) {
      ctx.problem(
        row,
        keyColumn,
        "PRODUCT_MISMATCH",
        `SKU ${row.sku} belongs to another product than the other rows of this product; give it its own product_key.`,
      );
    }
  }

  const values = consolidate(active, ctx);
  if (!target && values.productName == null && !active[0]?.problems.some((p) => p.column === "product_name")) {
    ctx.problem(active[0] as ImportRow, "product_name", "REQUIRED", "A new product needs a product_name.");
  }
  const reject = (reason: ImportRow) => {
    for (const row of active) {
      if (row.problems.length === 0)
        ctx.problem(row, keyColumn, "PRODUCT_REJECTED", `Not imported: its product has errors (see row ${reason.row}).`);
    }
  };
  const productBad = active.find((r) => r.problems.some((p) => p.column !== null && PRODUCT_COLUMNS.has(p.column)));
  if (productBad) {
    reject(productBad);
    return;
  }

  // Option axes: the existing product's, else those of the product's first row.
  const valuesOf = (row: ImportRow): Record<string, unknown> => {
    const existing = ctx.existingOf(row);
    return row.options === undefined && existing ? existing.optionValues : optionRecord(row.options);
  };
  let candidates = active.filter((r) => r.problems.length === 0);
  const first = candidates[0];
  if (!first) return;
  const axes: OptionAxis[] = target ? target.options : Object.keys(valuesOf(first)).map((name) => ({ name, values: [] }));
  const updated = new Set(candidates.map((r) => ctx.existingOf(r)?.id).filter(Boolean));
  const untouched = target ? target.variants.filter((v) => !updated.has(v.id)) : [];
  const merged = mergeOptions(axes, candidates.map(valuesOf));
  try {
    checkOptions(merged, [...untouched, ...candidates.map((r) => ({ optionValues: valuesOf(r) }))], (i) => String(i));
  } catch (error) {
    for (const e of thrownFieldErrors(error)) {
      const i = Number(e.field);
      const row = i < untouched.length ? first : candidates[i - untouched.length];
      const prefix = i < untouched.length ? `SKU ${untouched[i]?.sku} (not in the file): ` : "";
      if (row) ctx.problem(row, "options", "OPTIONS_MISMATCH", `${prefix}${e.message} Options: ${describeAxes(merged)}.`);
    }
    candidates = candidates.filter((r) => r.problems.length === 0);
  }
  const head = candidates[0];
  if (!head) return;
  const options = mergeOptions(axes, candidates.map(valuesOf));
  const newRows = candidates.filter((r) => !ctx.existingOf(r));
  const productProblem =
    validateSync(Object.assign(new UpdateProductInput(), { options: options.map((o) => Object.assign(new ProductOptionInput(), o)) }), {
      forbidUnknownValues: false,
    }).length > 0
      ? `The product's options would be ${describeAxes(options)}: at most 5 options of at most 50 values each.`
      : untouched.length + candidates.length > MAX_VARIANTS
        ? `A product has at most ${MAX_VARIANTS} variants.`
        : null;
  if (productProblem) {
    ctx.problem(head, "options", "PRODUCT_TOO_LARGE", productProblem);
    reject(head);
    return;
  }

  const productId = target?.id ?? randomUUID();
  const productName = values.productName ?? target?.name ?? "";
  if (target) {
    const change = productChange(target, values, options, opts.policy === "UPDATE", state);
    if (change) plan.productChanges.push(change);
  } else {
    const category: CategoryRef = values.categoryPath ? categoryRef(values.categoryPath, state) : null;
    const brand: BrandRef = values.brand ? brandRef(values.brand, state) : null;
    const tags = values.tags ?? [];
    plan.newProducts.push({
      id: productId,
      name: productName,
      category,
      brand,
      status: values.status ?? ProductStatus.DRAFT,
      tags,
      description: values.description ?? null,
      options,
      searchText: searchTextOf({
        name: productName,
        nameI18n: {},
        tags,
        brand: brandName(brand, state),
        category: categoryName(category, state),
      }),
    });
  }
  for (const row of newRows) {
    const optionValues = valuesOf(row);
    const label = options
      .map((a) => optionValues[a.name])
      .filter(Boolean)
      .join("/");
    plan.newVariants.push({
      id: randomUUID(),
      productId,
      sku: row.sku,
      name: row.variantName ?? (label ? `${productName} ${label}` : productName).slice(0, 120),
      optionValues,
      basePrice: row.basePrice ?? 0,
      costPrice: row.costPrice ?? null,
      barcodes: row.barcodes ?? [],
    });
  }
  for (const row of candidates) {
    const existing = ctx.existingOf(row);
    if (!existing) continue;
    const next: PlannedVariantChange = {
      id: existing.id,
      productId,
      sku: existing.sku,
      name: row.variantName ?? existing.name,
      optionValues: valuesOf(row),
      basePrice: row.basePrice ?? existing.basePrice,
      oldBasePrice: existing.basePrice,
      costPrice: row.costPrice === undefined ? existing.costPrice : row.costPrice,
      barcodes: row.barcodes === undefined ? [] : (row.barcodes ?? []),
      barcodesChanged: row.barcodes !== undefined && !sameBarcodes(existing.barcodes, row.barcodes ?? []),
    };
    const changed =
      next.barcodesChanged ||
      next.name !== existing.name ||
      next.basePrice !== existing.basePrice ||
      next.costPrice !== existing.costPrice ||
      !sameOptionValues(next.optionValues, existing.optionValues);
    if (changed) plan.variantChanges.push(next);
    else plan.unchangedVariants += 1;
  }
}

/** A product's details from its rows: the first non-empty cell of each column; another, different value is an error. */
function consolidate(rows: ImportRow[], ctx: RowContext): ProductValues {
  const out: Record<string, unknown> = {};
  for (const [field, column] of PRODUCT_FIELDS) {
    let value: unknown;
    let from: ImportRow | undefined;
    for (const row of rows) {
      const v = row[field];
      if (v === undefined) break;
      if (value === undefined) value = null;
      if (v === null) continue;
      if (!from) {
        value = v;
        from = row;
      } else if (JSON.stringify(v) !== JSON.stringify(value)) {
        ctx.problem(
          row,
          column,
          "INCONSISTENT_PRODUCT",
          `This product's ${column} is "${row.cells[column] ?? ""}" here but "${from.cells[column] ?? ""}" on row ${from.row}.`,
        );
      }
    }
    out[field] = value;
  }
  return out as ProductValues;
}

/** The existing axes (or the first row's) with every value the rows use, in order of first use. */
function mergeOptions(axes: OptionAxis[], values: Record<string, unknown>[]): OptionAxis[] {
  return axes.map((axis) => {
    const all = [...axis.values];
    for (const v of values) {
      const value = v[axis.name];
      if (typeof value === "string" && !all.includes(value)) all.push(value);
    }
    return { name: axis.name, values: all };
  });
}

function describeAxes(axes: OptionAxis[]): string {
  return axes.length ? axes.map((a) => `${a.name} (${a.values.join(", ")})`).join("; ") : "none";
}

function sameBarcodes(existing: { code: string; isPrimary: boolean }[], next: { code: string; isPrimary: boolean }[]): boolean {
  if (existing.length !== next.length) return false;
  const primary = (list: { code: string; isPrimary: boolean }[]) => list.find((b) => b.isPrimary)?.code ?? null;
  const codes = new Set(existing.map((b) => b.code));
  return primary(existing) === primary(next) && next.every((b) => codes.has(b.code));
}

function categoryRef(path: string[], state: CatalogState): CategoryRef {
  const id = state.categoryIdByPath.get(pathKey(path));
  return id ? { id } : { path };
}

function brandRef(name: string, state: CatalogState): BrandRef {
  const id = state.brandIdByName.get(name);
  return id ? { id } : { name };
}

function categoryName(ref: CategoryRef, state: CatalogState): string | null {
  if (!ref) return null;
  return "id" in ref ? (state.categoryNameById.get(ref.id) ?? null) : (ref.path[ref.path.length - 1] ?? null);
}

function brandName(ref: BrandRef, state: CatalogState): string | null {
  if (!ref) return null;
  return "id" in ref ? (state.brandNameById.get(ref.id) ?? null) : ref.name;
}

/** The existing product as the file leaves it, or null when nothing changes. Details change only under UPDATE. */
function productChange(
  before: ExistingProduct,
  values: ProductValues,
  options: OptionAxis[],
  update: boolean,
  state: CatalogState,
): PlannedProduct | null {
  const keepCategory: CategoryRef = before.categoryId ? { id: before.categoryId } : null;
  const keepBrand: BrandRef = before.brandId ? { id: before.brandId } : null;
  const pick = <T>(v: T | null | undefined, keep: T, cleared: T): T => (!update || v === undefined ? keep : v === null ? cleared : v);
  const name = update ? (values.productName ?? before.name) : before.name;
  const category = pick<CategoryRef>(
    values.categoryPath === undefined ? undefined : values.categoryPath === null ? null : categoryRef(values.categoryPath, state),
    keepCategory,
    null,
  );
  const brand = pick<BrandRef>(
    values.brand === undefined ? undefined : values.brand === null ? null : brandRef(values.brand, state),
    keepBrand,
    null,
  );
  const status = update ? (values.status ?? before.status) : before.status;
  const tags = pick(values.tags, before.tags, []);
  const description = pick(values.description, before.description, null);
  const categoryId = category && "id" in category ? category.id : null;
  const brandId = brand && "id" in brand ? brand.id : null;
  const categoryChanged = (category !== null && "path" in category) || categoryId !== before.categoryId;
  const brandChanged = (brand !== null && "name" in brand) || brandId !== before.brandId;
  const searchChanged = name !== before.name || JSON.stringify(tags) !== JSON.stringify(before.tags) || categoryChanged || brandChanged;
  const changed =
    searchChanged ||
    status !== before.status ||
    description !== before.description ||
    JSON.stringify(options) !== JSON.stringify(before.options);
  if (!changed) return null;
  return {
    id: before.id,
    name,
    category,
    brand,
    status,
    tags,
    description,
    options,
    searchText: searchChanged
      ? searchTextOf({ name, nameI18n: before.nameI18n, tags, brand: brandName(brand, state), category: categoryName(category, state) })
      : null,
  };
}

/** Field errors thrown by the catalogue's input checks (badInput), for re-use as row problems. */
export function thrownFieldErrors(error: unknown): FieldError[] {
  const fieldErrors = (error as GraphQLError).extensions?.fieldErrors as FieldError[] | undefined;
  if (!fieldErrors) throw error;
  return fieldErrors;
}

/** Option values equal whatever their key order (jsonb does not keep it). */
export function sameOptionValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
