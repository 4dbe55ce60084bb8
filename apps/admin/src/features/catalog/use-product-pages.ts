"use client";

import { AdminProductsDocument, type AdminProductsQuery, type ProductFilter, type ProductSort } from "@o2o/schema";
import { useCursorPages } from "../../components/use-cursor-pages";

const PAGE_SIZE = 20;

export type ProductNode = AdminProductsQuery["products"]["edges"][number]["node"];

/** Lowest and highest base price of a product's variants, in 分; null without variants. */
export function priceRange(product: ProductNode): { min: number; max: number } | null {
  if (product.variants.length === 0) return null;
  const prices = product.variants.map((v) => v.basePrice);
  return { min: Math.min(...prices), max: Math.max(...prices) };
}

/** Products matching the filter, a page at a time: a new filter starts over, `loadMore` appends the next page. */
export function useProductPages(filter: ProductFilter, sort: ProductSort | null) {
  return useCursorPages({ query: AdminProductsDocument, variables: { filter, sort }, connection: (d) => d.products, pageSize: PAGE_SIZE });
}
