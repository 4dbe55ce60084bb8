import { IsIn, IsOptional, Length } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ProductStatus } from "../../generated/prisma/enums.ts";

/** Base64 of a file of about 11 MB: 10,000 variant rows take about 1.5 MB. */
export const MAX_IMPORT_BASE64 = 15 * 1024 * 1024;

export enum CatalogFileFormat {
  CSV = "CSV",
  XLSX = "XLSX",
}
registerEnumType(CatalogFileFormat, {
  name: "CatalogFileFormat",
  description: "CSV (UTF-8 with BOM when exported; UTF-8 or GBK on import) or XLSX (the first worksheet).",
});

export enum CatalogImportMode {
  VALIDATE_ONLY = "VALIDATE_ONLY",
  ALL_OR_NOTHING = "ALL_OR_NOTHING",
  SKIP_BAD_ROWS = "SKIP_BAD_ROWS",
}
registerEnumType(CatalogImportMode, {
  name: "CatalogImportMode",
  description:
    "VALIDATE_ONLY checks the file and reports what an import would do, writing nothing; ALL_OR_NOTHING writes nothing " +
    "when any row has an error; SKIP_BAD_ROWS imports the good rows (a product with an error in its own columns is skipped whole).",
});

export enum ExistingSkuAction {
  UPDATE = "UPDATE",
  SKIP = "SKIP",
  ERROR = "ERROR",
}
registerEnumType(ExistingSkuAction, {
  name: "ExistingSkuAction",
  description:
    "A row whose SKU already exists: UPDATE the variant (and its product's details) from the row, SKIP the row, or report " +
    "it as an ERROR (SKU_EXISTS).",
});

export enum CatalogFileHeaders {
  KEYS = "KEYS",
  CHINESE = "CHINESE",
}
registerEnumType(CatalogFileHeaders, {
  name: "CatalogFileHeaders",
  description: "Header row of an export: the column keys (product_name, sku, ...) or their Chinese names (商品名称, SKU, ...).",
});

@InputType({
  description:
    "A catalogue file: one row per variant, header in row 1. Columns (English keys or Chinese names): product_key, " +
    "product_name, category (a path like 服装/T恤), brand, status (DRAFT/ACTIVE/ARCHIVED or 草稿/在售/下架), tags (a|b), " +
    "description, sku (required), variant_name, options (颜色=红;尺码=M), base_price (yuan, at most 2 decimals) or " +
    "base_price_fen, cost_price or cost_price_fen, barcodes (EAN-13/UPC-A/EAN-8, a|b, the first is primary). Rows are " +
    "grouped into products by product_key, else by product_name. Missing categories (by path) and brands are created. " +
    "A column left out of the file leaves existing values alone; an empty cell clears an optional value (description, " +
    "tags, category, brand, cost price, barcodes) and keeps a required one (names, status, base price). Stock is not imported.",
})
export class ImportCatalogInput {
  @Field(() => String, { description: "The file's bytes in base64 (at most 15 MB of base64)." })
  @Length(1, MAX_IMPORT_BASE64)
  fileBase64!: string;

  @Field(() => CatalogFileFormat) @IsIn(Object.values(CatalogFileFormat)) format!: CatalogFileFormat;

  @Field(() => CatalogImportMode, { defaultValue: CatalogImportMode.ALL_OR_NOTHING })
  @IsIn(Object.values(CatalogImportMode))
  mode: CatalogImportMode = CatalogImportMode.ALL_OR_NOTHING;

  @Field(() => ExistingSkuAction, { defaultValue: ExistingSkuAction.ERROR })
  @IsIn(Object.values(ExistingSkuAction))
  onExistingSku: ExistingSkuAction = ExistingSkuAction.ERROR;
}

@ObjectType({ description: "One problem of an imported file." })
export class CatalogImportError {
  @Field(() => Int, { nullable: true, description: "Spreadsheet row, 1-based; the header is row 1." }) row!: number | null;
  @Field(() => String, { nullable: true, description: "Column key (product_name, sku, barcodes, ...) or the header as written." })
  column!: string | null;
  @Field(() => String, { nullable: true, description: "The cell's text." }) value!: string | null;
  @Field(() => String, {
    description:
      "REQUIRED, INVALID_PRICE, INVALID_STATUS, INVALID_LENGTH, INVALID_FORMAT, OUT_OF_RANGE, TOO_MANY_VALUES, INVALID_OPTIONS, " +
      "INVALID_CATEGORY, BARCODE_INVALID_FORMAT, BARCODE_INVALID_CHECK_DIGIT, DUPLICATE_SKU, DUPLICATE_BARCODE, SKU_EXISTS, " +
      "BARCODE_TAKEN, PRICE_WRITE_FORBIDDEN, INCONSISTENT_PRODUCT, PRODUCT_MISMATCH, OPTIONS_MISMATCH, PRODUCT_TOO_LARGE, " +
      "PRODUCT_REJECTED, UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN.",
  })
  code!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "What an import did (or, when nothing was written, would do with the valid rows)." })
export class CatalogImportReport {
  @Field(() => CatalogImportMode) mode!: CatalogImportMode;
  @Field(() => Boolean, { description: "Whether the catalogue was changed." }) written!: boolean;
  @Field(() => String, { description: "SHA-256 of the file, hex." }) fileSha256!: string;
  @Field(() => Int, { description: "Data rows (not counting the header and blank rows)." }) totalRows!: number;
  @Field(() => Int, { description: "Rows without errors (created, updated or unchanged)." }) validRows!: number;
  @Field(() => Int) invalidRows!: number;
  @Field(() => Int, { description: "Rows of existing SKUs skipped (onExistingSku SKIP)." }) skippedRows!: number;
  @Field(() => Int) createdProducts!: number;
  @Field(() => Int) updatedProducts!: number;
  @Field(() => Int) createdVariants!: number;
  @Field(() => Int) updatedVariants!: number;
  @Field(() => Int, { description: "Rows of existing SKUs that already matched the file." }) unchangedVariants!: number;
  @Field(() => Int) createdCategories!: number;
  @Field(() => Int) createdBrands!: number;
  @Field(() => Int, { description: "Every problem found; `errors` lists the first 1000." }) errorCount!: number;
  @Field(() => [CatalogImportError], { description: "By row, then column." }) errors!: CatalogImportError[];
}

@InputType()
export class CatalogExportFilter {
  @Field(() => ProductStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(ProductStatus)) status?: ProductStatus | null;

  @Field(() => ID, { nullable: true, description: "This category or any of its descendants." })
  @IsOptional()
  @Length(1, 64)
  categoryId?: string | null;
}

@ObjectType({ description: "A generated file." })
export class CatalogFile {
  @Field(() => String) filename!: string;
  @Field(() => String) mimeType!: string;
  @Field(() => String) base64!: string;
  @Field(() => Int, { description: "Data rows (variants)." }) rowCount!: number;
}
