import type { LeafCategoryName } from "./demo-category-tree.ts";

/** One option axis of a product, e.g. 颜色 [黑色, 白色]; each value carries the code used in SKUs. */
export type OptionAxis = { name: string; values: { label: string; code: string }[] };

/** A demo product before it has ids: the catalog seed turns it into a Product, its Variants and Barcodes. */
export type ProductSpec = {
  category: LeafCategoryName;
  brand: DemoBrandName;
  name: string;
  nameEn: string;
  /** SKU prefix, e.g. "TS" → TS-0001-BLK-M. */
  skuPrefix: string;
  /** Price of every variant, in 分. */
  basePrice: number;
  tags: string[];
  /** Extra search words (English and pinyin). */
  keywords: string[];
  /** Empty for single-variant products (groceries). */
  options: OptionAxis[];
  weightGrams: number;
  description?: string;
};

export const DEMO_BRANDS = [
  { name: "鲜衣坊", en: "xianyifang house" },
  { name: "UrbanLoom", en: "urbanloom" },
  { name: "北纬三十度", en: "beiwei 30 north" },
  { name: "StrideX", en: "stridex" },
  { name: "NORDPEAK", en: "nordpeak" },
  { name: "山泉源", en: "shanquanyuan spring" },
  { name: "田园牧场", en: "tianyuan muchang farm" },
  { name: "脆乐", en: "cuile crunchy" },
  { name: "素肌", en: "suji skin" },
  { name: "洁宝", en: "jiebao clean" },
] as const;

export type DemoBrandName = (typeof DEMO_BRANDS)[number]["name"];
