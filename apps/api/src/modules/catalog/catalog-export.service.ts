import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type CatalogColumn, columnHeader } from "./catalog-file-columns.ts";
import { type CatalogExportFilter, type CatalogFile, CatalogFileFormat, CatalogFileHeaders } from "./catalog-file.types.ts";
import { categoryPaths } from "./catalog-import.state.ts";
import { CatalogService } from "./catalog.service.ts";
import { writeCsv } from "./csv.ts";
import { productOptions } from "./product-input-checks.ts";
import { writeXlsx } from "./xlsx.ts";
import { formatYuan } from "./yuan-price.ts";

const EXPORT_COLUMNS: CatalogColumn[] = [
  "product_key",
  "product_name",
  "category",
  "brand",
  "status",
  "tags",
  "description",
  "sku",
  "variant_name",
  "options",
  "base_price",
  "cost_price",
  "barcodes",
];
const PRICE_COLUMNS: ReadonlySet<CatalogColumn> = new Set(["base_price", "cost_price"]);

const MIME = {
  [CatalogFileFormat.CSV]: "text/csv; charset=utf-8",
  [CatalogFileFormat.XLSX]: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Catalogue export in the import's columns, one row per variant (every status), products oldest first. product_key is
 * the product's id, so an export re-imported with onExistingSku UPDATE changes nothing. Cost prices are included only
 * for staff who may see them (catalog:write); without the column an import leaves cost prices alone.
 */
export class CatalogExportService {
  private readonly reads: CatalogService;

  constructor(private readonly db: Db) {
    this.reads = new CatalogService(db);
  }

  async exportCatalog(
    merchantId: string,
    format: CatalogFileFormat,
    filter: CatalogExportFilter | null | undefined,
    opts: { headers: CatalogFileHeaders; withCostPrice: boolean; now?: Date },
  ): Promise<CatalogFile> {
    const where: Prisma.ProductWhereInput = { merchantId };
    if (filter?.status) where.status = filter.status;
    if (filter?.categoryId) where.categoryId = { in: await this.reads.categoryWithDescendants(merchantId, filter.categoryId) };
    // One statement at a time, as everywhere: the reads are independent but cheap.
    const categories = await this.db.category.findMany({
      where: { merchantId },
      select: { id: true, parentId: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    });
    const brands = await this.db.brand.findMany({ where: { merchantId }, select: { id: true, name: true } });
    const products = await this.db.product.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { name: "asc" }, { id: "asc" }],
      include: {
        variants: {
          orderBy: [{ createdAt: "asc" }, { sku: "asc" }],
          include: { barcodes: { orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }, { code: "asc" }] } },
        },
      },
    });
    const pathById = categoryPaths(categories).categoryPathById;
    const brandById = new Map(brands.map((b) => [b.id, b.name]));
    const columns = EXPORT_COLUMNS.filter((c) => c !== "cost_price" || opts.withCostPrice);

    const records: string[][] = [columns.map((c) => columnHeader(c, opts.headers))];
    for (const product of products) {
      const axes = productOptions(product.options).map((a) => a.name);
      for (const variant of product.variants) {
        const values = (variant.optionValues ?? {}) as Record<string, unknown>;
        const keys = [...axes.filter((k) => k in values), ...Object.keys(values).filter((k) => !axes.includes(k))];
        const cell: Record<CatalogColumn, string> = {
          product_key: product.id,
          product_name: product.name,
          category: product.categoryId ? (pathById.get(product.categoryId) ?? "") : "",
          brand: product.brandId ? (brandById.get(product.brandId) ?? "") : "",
          status: product.status,
          tags: product.tags.join("|"),
          description: product.description ?? "",
          sku: variant.sku,
          variant_name: variant.name,
          options: keys.map((k) => `${k}=${String(values[k])}`).join(";"),
          base_price: formatYuan(variant.basePrice),
          base_price_fen: String(variant.basePrice),
          cost_price: variant.costPrice === null ? "" : formatYuan(variant.costPrice),
          cost_price_fen: variant.costPrice === null ? "" : String(variant.costPrice),
          barcodes: variant.barcodes.map((b) => b.code).join("|"),
        };
        records.push(columns.map((c) => cell[c]));
      }
    }

    const stamp = (opts.now ?? new Date()).toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
    const bytes =
      format === CatalogFileFormat.XLSX
        ? await writeXlsx(records, {
            sheetName: "商品 Catalog",
            numericColumns: new Set(columns.flatMap((c, i) => (PRICE_COLUMNS.has(c) ? [i] : []))),
          })
        : Buffer.from(writeCsv(records), "utf8");
    return {
      filename: `catalog-${stamp}.${format === CatalogFileFormat.XLSX ? "xlsx" : "csv"}`,
      mimeType: MIME[format],
      base64: bytes.toString("base64"),
      rowCount: records.length - 1,
    };
  }
}
