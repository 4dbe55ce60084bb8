import type { ProductStatus } from "../../generated/prisma/enums.ts";
import type { CatalogColumn } from "./catalog-file-columns.ts";
import type { ImportProblem, ImportRow } from "./catalog-import.rows.ts";
import type { CatalogState, ExistingVariant, OptionAxis } from "./catalog-import.state.ts";
import { planProducts } from "./catalog-import.product-plan.ts";
import type { CheckedBarcode } from "./product-input-checks.ts";

export type ExistingSkuPolicy = "UPDATE" | "SKIP" | "ERROR";

export type CategoryRef = { id: string } | { path: string[] } | null;
export type BrandRef = { id: string } | { name: string } | null;

export type PlannedProduct = {
  id: string;
  name: string;
  category: CategoryRef;
  brand: BrandRef;
  status: ProductStatus;
  tags: string[];
  description: string | null;
  options: OptionAxis[];
  /** Null: keep the stored search words (nothing they are made of changed). */
  searchText: string | null;
};

export type PlannedVariant = {
  id: string;
  productId: string;
  sku: string;
  name: string;
  optionValues: Record<string, unknown>;
  basePrice: number;
  costPrice: number | null;
  barcodes: CheckedBarcode[];
};

export type PlannedVariantChange = PlannedVariant & { oldBasePrice: number; barcodesChanged: boolean };

export type ImportPlan = {
  problems: ImportProblem[];
  totalRows: number;
  validRows: number;
  invalidRows: number;
  skippedRows: number;
  newProducts: PlannedProduct[];
  productChanges: PlannedProduct[];
  newVariants: PlannedVariant[];
  variantChanges: PlannedVariantChange[];
  unchangedVariants: number;
  /** Category paths to create, parents before children. */
  newCategoryPaths: string[][];
  newBrands: string[];
};

export type PlanOptions = { policy: ExistingSkuPolicy; canChangeBasePrice: boolean; columns: ReadonlySet<CatalogColumn> };

/** The row-level context the product planner works with. */
export type RowContext = {
  existingOf(row: ImportRow): ExistingVariant | undefined;
  skipped: ReadonlySet<ImportRow>;
  problem(row: ImportRow, column: CatalogColumn, code: string, message: string): void;
};

/**
 * Decides what the file does to the catalogue and what is wrong with it, row by row: duplicate SKUs and barcodes within
 * the file and against the merchant's catalogue, existing SKUs (by policy), required values; then per product (rows
 * grouped by product_key, else product_name) consistency, options and the changes to make. Reads nothing: the
 * catalogue state is given.
 */
export function planImport(rows: ImportRow[], state: CatalogState, opts: PlanOptions): ImportPlan {
  const skipped = new Set<ImportRow>();
  const existingOf = (row: ImportRow) => (row.sku ? state.variantsBySku.get(row.sku) : undefined);
  const problem = (row: ImportRow, column: CatalogColumn, code: string, message: string) => {
    row.problems.push({ row: row.row, column, value: row.cells[column] ?? null, code, message });
  };

  for (const row of rows) {
    const existing = existingOf(row);
    if (!existing) continue;
    if (opts.policy === "SKIP") {
      skipped.add(row);
      row.problems.length = 0;
    } else if (opts.policy === "ERROR") {
      problem(row, "sku", "SKU_EXISTS", `SKU ${row.sku} already exists; choose onExistingSku UPDATE or SKIP to import it.`);
    } else if (row.basePrice != null && row.basePrice !== existing.basePrice && !opts.canChangeBasePrice) {
      problem(row, "base_price", "PRICE_WRITE_FORBIDDEN", "Changing the base price of an existing SKU needs merchant-wide price:write.");
    }
  }
  const active = rows.filter((r) => !skipped.has(r));

  const skuRow = new Map<string, number>();
  const codeRow = new Map<string, number>();
  for (const row of active) {
    if (row.sku) {
      const first = skuRow.get(row.sku);
      if (first !== undefined) problem(row, "sku", "DUPLICATE_SKU", `SKU ${row.sku} is also on row ${first}.`);
      else skuRow.set(row.sku, row.row);
    }
    const existing = existingOf(row);
    for (const b of row.barcodes ?? []) {
      const first = codeRow.get(b.code);
      const owner = state.barcodeOwners.get(b.code);
      if (first !== undefined && first !== row.row)
        problem(row, "barcodes", "DUPLICATE_BARCODE", `Barcode ${b.code} is also on row ${first}.`);
      else if (owner && owner.variantId !== existing?.id) {
        problem(row, "barcodes", "BARCODE_TAKEN", `Barcode ${b.code} is already used by SKU ${owner.sku}.`);
      }
      if (first === undefined) codeRow.set(b.code, row.row);
    }
    if (!existing && row.basePrice == null && !row.problems.some((p) => p.column?.startsWith("base_price"))) {
      problem(row, "base_price", "REQUIRED", "A new SKU needs a base_price (in yuan, e.g. 99.00) or base_price_fen.");
    }
  }

  const products = planProducts(rows, state, opts, { existingOf, skipped, problem });

  const problems = rows.flatMap((r) => r.problems);
  const invalidRows = active.filter((r) => r.problems.length > 0).length;
  return {
    ...products,
    problems,
    totalRows: rows.length,
    skippedRows: skipped.size,
    invalidRows,
    validRows: active.length - invalidRows,
  };
}
