import { headerMapper } from "../../imports/header-map.ts";
/**
 * The columns of a catalogue file (import and export): one row per variant, product details repeated on each of its
 * rows. Headers may be the English keys or their Chinese names; matching ignores case, spaces, `_`/`-` and full-width
 * forms, so "Product Name", "product_name" and "商品名称" are one column.
 */

export const CATALOG_COLUMNS = [
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
  "base_price_fen",
  "cost_price",
  "cost_price_fen",
  "barcodes",
] as const;
export type CatalogColumn = (typeof CATALOG_COLUMNS)[number];

/** The Chinese header each column is exported under, first, then other names accepted on import. */
const HEADER_NAMES: Record<CatalogColumn, string[]> = {
  product_key: ["商品编号", "商品键", "商品ID", "product_id", "spu", "spu编码"],
  product_name: ["商品名称", "商品名", "品名", "name"],
  category: ["分类", "类目", "商品分类", "分类路径"],
  brand: ["品牌"],
  status: ["状态", "商品状态"],
  tags: ["标签"],
  description: ["描述", "商品描述", "说明"],
  sku: ["SKU", "SKU编码", "货号", "商品编码"],
  variant_name: ["规格名称", "SKU名称", "变体名称"],
  options: ["规格", "规格值", "选项", "规格属性"],
  base_price: ["售价", "售价(元)", "零售价", "价格", "price"],
  base_price_fen: ["售价(分)", "price_fen"],
  cost_price: ["成本价", "成本价(元)", "进价", "cost"],
  cost_price_fen: ["成本价(分)", "cost_fen"],
  barcodes: ["条码", "条形码", "商品条码", "barcode"],
};

/** Export header of a column in the chosen language. */
export function columnHeader(column: CatalogColumn, language: "KEYS" | "CHINESE"): string {
  return language === "KEYS" ? column : (HEADER_NAMES[column][0] as string);
}

/** Reads a catalogue file's header row. */
export const mapHeader = headerMapper(CATALOG_COLUMNS, HEADER_NAMES, "catalogue");
