"use client";

import { resolveUnitPrice } from "@o2o/domain";
import { PosVariantByBarcodeDocument } from "@o2o/schema";
import { sellable, TILL_PRODUCTS, type TillProduct } from "../catalog/till-products";
import { apiRequest } from "./api-request";
import { CatalogIndex, normaliseCode } from "./catalog-index";
import { getAll, getOne } from "./local-db";
import type { SnapshotMeta, SnapshotReference, SnapshotVariant } from "./snapshot-types";

/** One sellable item as the till shows and rings it up. Prices in 分. */
export type CatalogItem = {
  variantId: string;
  productId: string;
  productName: string;
  /** The variant's name without a leading copy of the product name; empty for single-variant products. */
  variantName: string;
  sku: string;
  barcodes: string[];
  /** The store's POS price for a non-member now (tier prices and promotions come at pricing). */
  unitPrice: number;
  basePrice: number;
  categoryName: string | null;
  categoryIcon: string | null;
  sellable: boolean;
};

// One index per page, filled from IndexedDB on first use and kept current by the snapshot sync (catalog-sync.ts).
let index: CatalogIndex | null = null;
let reference: SnapshotReference | null = null;
let loading: Promise<CatalogIndex> | null = null;
const listeners = new Set<() => void>();

export function catalogIndex(): Promise<CatalogIndex> {
  if (index) return Promise.resolve(index);
  loading ??= (async () => {
    const [rows, ref] = await Promise.all([
      getAll<SnapshotVariant>("variants").catch(() => []),
      getOne<SnapshotReference>("meta", "reference").catch(() => undefined),
    ]);
    index = new CatalogIndex(rows);
    reference = ref ?? null;
    for (const listener of listeners) listener();
    return index;
  })().finally(() => {
    loading = null;
  });
  return loading;
}

/** Called by the sync after it wrote rows to IndexedDB: the in-memory index follows without a reload. */
export function applySnapshotRows(rows: readonly SnapshotVariant[], ref?: SnapshotReference): void {
  if (ref) reference = ref;
  index ??= new CatalogIndex();
  index.upsert(rows);
  for (const listener of listeners) listener();
}

/** Drops the in-memory copy (another store's snapshot replaced it). */
export function resetCatalogIndex(): void {
  index = null;
  reference = null;
  for (const listener of listeners) listener();
}

export function onCatalogChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentReference(): SnapshotReference | null {
  return reference;
}

export async function snapshotMeta(): Promise<SnapshotMeta | null> {
  return (await getOne<SnapshotMeta>("meta", "snapshot").catch(() => undefined)) ?? null;
}

function ownName(productName: string, name: string): string {
  const p = productName.trim();
  const n = name.trim();
  return p && n.startsWith(p) ? n.slice(p.length).trim() : n === p ? "" : n;
}

/** The POS price of a snapshot row for a non-member, as the server resolves it (same domain function). */
export function posUnitPrice(v: SnapshotVariant, ref: SnapshotReference | null, at = new Date(), tierId: string | null = null): number {
  return resolveUnitPrice({
    basePrice: v.basePrice,
    overrides: v.overrides.map((o) => ({
      ...o,
      startsAt: o.startsAt ? new Date(o.startsAt) : null,
      endsAt: o.endsAt ? new Date(o.endsAt) : null,
    })),
    tierPrices: v.tierPrices,
    context: { channelId: ref?.posChannelId ?? "", storeId: ref?.storeId ?? "", tierId, at },
  }).price;
}

export function toCatalogItem(v: SnapshotVariant, ref: SnapshotReference | null = reference): CatalogItem {
  return {
    variantId: v.id,
    productId: v.productId,
    productName: v.productName,
    variantName: ownName(v.productName, v.name),
    sku: v.sku,
    barcodes: v.barcodes,
    unitPrice: posUnitPrice(v, ref),
    basePrice: v.basePrice,
    categoryName: v.categoryName,
    categoryIcon: v.categoryIcon,
    sellable: v.sellable,
  };
}

function fromTillProduct(product: TillProduct): CatalogItem[] {
  return product.variants.map((v) => ({
    variantId: v.id,
    productId: product.id,
    productName: product.name,
    variantName: ownName(product.name, v.name),
    sku: v.sku,
    barcodes: v.barcodes.map((b) => b.code),
    unitPrice: v.basePrice,
    basePrice: v.basePrice,
    categoryName: product.category?.name ?? null,
    categoryIcon: product.category?.icon ?? null,
    sellable: product.status === "ACTIVE",
  }));
}

/**
 * The item a scanned barcode (or typed SKU) names, from the local snapshot; before the first snapshot has loaded it
 * asks the API. Null when unknown. Items not on sale come back with sellable: false so the till can say so.
 */
export async function lookupBarcode(raw: string): Promise<CatalogItem | null> {
  const code = normaliseCode(raw);
  if (!code) return null;
  const local = await catalogIndex();
  if (local.size > 0) {
    const hit = local.lookup(code);
    return hit ? toCatalogItem(hit) : null;
  }
  const found = (await apiRequest(PosVariantByBarcodeDocument, { code })).variantByBarcode;
  if (found) {
    const p = found.product;
    return {
      variantId: found.id,
      productId: p.id,
      productName: p.name,
      variantName: ownName(p.name, found.name),
      sku: found.sku,
      barcodes: found.barcodes.map((b) => b.code),
      unitPrice: found.basePrice,
      basePrice: found.basePrice,
      categoryName: p.category?.name ?? null,
      categoryIcon: p.category?.icon ?? null,
      sellable: found.status === "ACTIVE" && p.status === "ACTIVE",
    };
  }
  // Not a barcode: maybe a typed SKU.
  const data = await apiRequest(TILL_PRODUCTS, { first: 5, search: code });
  for (const item of data.products.edges.map((e) => e.node).flatMap(fromTillProduct)) {
    if (item.sku.toUpperCase() === code.toUpperCase()) return item;
  }
  return null;
}

/** Sellable items matching a name, pinyin initials ("hstx" → 红色T恤) or SKU; local first, API before a snapshot exists. */
export async function searchCatalog(query: string, limit = 30): Promise<CatalogItem[]> {
  const q = query.trim();
  if (!q) return [];
  const local = await catalogIndex();
  if (local.size > 0) return local.search(q, limit).map((v) => toCatalogItem(v));
  const data = await apiRequest(TILL_PRODUCTS, { first: Math.min(limit, 50), search: q });
  return sellable(data.products.edges.map((e) => e.node))
    .flatMap(fromTillProduct)
    .slice(0, limit);
}
