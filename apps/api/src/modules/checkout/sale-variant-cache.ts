import type { SaleVariant } from "./sale-variants.ts";

type Generation = {
  /** The catalog revision (table CatalogRevision) the cached rows were read at. */
  revision: string;
  variants: Map<string, Omit<SaleVariant, "codes">>;
  /** scanned code → variant id */
  variantIdByCode: Map<string, string>;
};

/** A generation larger than this starts over: the cache holds what tills sell, not the whole catalog of a big chain. */
const MAX_ENTRIES = 200_000;

/**
 * The till sale's variants (with product, price overrides, tier prices) kept in memory per merchant, tagged with the
 * catalog revision they were read at. A hit is only a candidate: the sale reads the current revision in the statement
 * it runs anyway (the retry check) and prices again from the database when the two differ, so a sale is never priced
 * on data older than that statement. Every instance keeps its own; nothing needs invalidating across instances.
 */
export class SaleVariantCache {
  private readonly byMerchant = new Map<string, Generation>();

  /** The variants of these ids and codes, all from one revision; null when any is missing. */
  lookup(merchantId: string, ids: string[], codes: string[]): { revision: string; variants: SaleVariant[] } | null {
    const gen = this.byMerchant.get(merchantId);
    if (!gen) return null;
    const found = new Map<string, SaleVariant>();
    for (const id of ids) {
      const v = gen.variants.get(id);
      if (!v) return null;
      found.set(id, { ...v, codes: [] });
    }
    for (const code of codes) {
      const id = gen.variantIdByCode.get(code);
      const v = id === undefined ? undefined : gen.variants.get(id);
      if (!v) return null;
      const entry = found.get(v.id) ?? { ...v, codes: [] };
      entry.codes.push(code);
      found.set(v.id, entry);
    }
    return { revision: gen.revision, variants: [...found.values()] };
  }

  /** Keeps variants read at `revision`; a newer revision replaces everything older. */
  store(merchantId: string, revision: string, variants: SaleVariant[]): void {
    let gen = this.byMerchant.get(merchantId);
    if (gen && gen.revision !== revision) {
      // Revisions only move forward; rows read by a slower, older statement must not replace newer ones.
      if (BigInt(revision) < BigInt(gen.revision)) return;
      gen = undefined;
    }
    if (!gen || gen.variants.size > MAX_ENTRIES) {
      gen = { revision, variants: new Map(), variantIdByCode: new Map() };
      this.byMerchant.set(merchantId, gen);
    }
    for (const { codes, ...variant } of variants) {
      gen.variants.set(variant.id, variant);
      for (const code of codes) gen.variantIdByCode.set(code, variant.id);
    }
  }
}
