// The in-memory index over the snapshot: barcode and SKU lookups in O(1), search over name, pinyin initials and SKU.
// Pure, so it is unit tested and benchmarked without a browser.

import { normaliseScannedCode } from "@o2o/domain";
import type { SnapshotVariant } from "./snapshot-types";

/** Scanner noise off (whitespace, suffixes, full-width digits): the server's own normalisation. */
export function normaliseCode(raw: string): string {
  return normaliseScannedCode(raw);
}

export class CatalogIndex {
  private readonly byId = new Map<string, SnapshotVariant>();
  private readonly byCode = new Map<string, string>();
  private haystacks: { id: string; text: string }[] | null = null;

  constructor(rows: Iterable<SnapshotVariant> = []) {
    this.upsert(rows);
  }

  get size(): number {
    return this.byId.size;
  }

  upsert(rows: Iterable<SnapshotVariant>): void {
    for (const row of rows) {
      const before = this.byId.get(row.id);
      if (before) {
        for (const code of before.barcodes) if (this.byCode.get(code) === row.id) this.byCode.delete(code);
        if (this.byCode.get(before.sku.toUpperCase()) === row.id) this.byCode.delete(before.sku.toUpperCase());
      }
      this.byId.set(row.id, row);
      this.byCode.set(row.sku.toUpperCase(), row.id);
      for (const code of row.barcodes) this.byCode.set(code, row.id);
    }
    this.haystacks = null;
  }

  get(id: string): SnapshotVariant | undefined {
    return this.byId.get(id);
  }

  /** The variant a scanned barcode or typed SKU names exactly (any status: the caller tells "not on sale" apart). */
  lookup(raw: string): SnapshotVariant | null {
    const code = normaliseCode(raw);
    if (!code) return null;
    const id = this.byCode.get(code) ?? this.byCode.get(code.toUpperCase());
    return id ? (this.byId.get(id) ?? null) : null;
  }

  /**
   * Sellable variants whose product name, variant name, pinyin (full or initials) or SKU contain every word of the
   * query; names that start with the query first.
   */
  search(query: string, limit: number): SnapshotVariant[] {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || limit <= 0) return [];
    this.haystacks ??= [...this.byId.values()]
      .filter((v) => v.sellable)
      .map((v) => ({ id: v.id, text: `${v.productName} ${v.name} ${v.searchText} ${v.sku} ${v.barcodes.join(" ")}`.toLowerCase() }));
    const first = words[0] ?? "";
    const starts: SnapshotVariant[] = [];
    const others: SnapshotVariant[] = [];
    for (const h of this.haystacks) {
      if (!words.every((w) => h.text.includes(w))) continue;
      const v = this.byId.get(h.id);
      if (!v) continue;
      if (h.text.startsWith(first) || v.sku.toLowerCase().startsWith(first)) starts.push(v);
      else others.push(v);
      if (starts.length >= limit) break;
    }
    return [...starts, ...others].slice(0, limit);
  }
}
