import type { Db } from "../../db/client.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { buildIndex, type IndexRow, queryIndex, type SearchIndex, wildcardRegexes } from "./search-index.ts";
import { chineseFallbacks, correctWord, vocabularyWords } from "./search-terms.ts";
import type { ShopSearchInput } from "./storefront.types.ts";
import { RefreshingCache } from "../../cache/refreshing-cache.ts";

/** How old the in-memory index may get before a search triggers a reload (new products show within this). */
const FRESH_MS = 30_000;
const HAN = /[\u4e00-\u9fff]/;
/** Answers remembered per loaded index (most recent first out when full): shoppers repeat the same searches. */
const ANSWERS_PER_INDEX = 500;

export type ShopSearchPage = {
  productIds: string[];
  totalCount: number;
  hasMore: boolean;
  fuzzy: boolean;
  correctedText: string | null;
};

/**
 * The storefront's product search over name, pinyin search words and SKU with the shopper's filters, answered from an
 * in-memory index per merchant (reloaded in the background when older than 30 s; stock filters read live stock).
 * When the text matches nothing, a second pass tolerates a typo: pinyin homophones and one wrong character for
 * Chinese, an edit-distance correction against the catalogue's words for Latin text.
 */
export class ShopSearchService {
  /** Per merchant: loaded on first use, then served while a reload runs in the background once stale. */
  private readonly indexes = new RefreshingCache<string, SearchIndex>(FRESH_MS, Number.POSITIVE_INFINITY);
  /**
   * Pages already answered from an index. An index never changes once loaded, so an answer stays right until the
   * next reload replaces the index (and with it this cache). Searches filtered by live stock are never remembered.
   */
  private readonly answers = new WeakMap<SearchIndex, Map<string, ShopSearchPage>>();

  constructor(
    private readonly db: Db,
    private readonly catalog: CatalogService,
  ) {}

  async search(merchantId: string, input: ShopSearchInput): Promise<ShopSearchPage> {
    const text = input.text?.trim().slice(0, 64).toLowerCase() ?? "";
    const [index, categoryIds, inStock] = await Promise.all([
      this.index(merchantId),
      input.categoryId ? this.catalog.categoryWithDescendants(merchantId, input.categoryId).then((ids) => new Set(ids)) : null,
      input.inStockAt ? this.variantsInStock(input.inStockAt) : null,
    ]);
    const key = inStock
      ? null
      : JSON.stringify([
          text,
          categoryIds ? [...categoryIds].sort() : null,
          input.size,
          input.colour,
          input.minPrice,
          input.maxPrice,
          input.sort,
          input.offset,
          input.first,
        ]);
    const answers = this.answers.get(index) ?? new Map<string, ShopSearchPage>();
    this.answers.set(index, answers);
    const known = key === null ? undefined : answers.get(key);
    if (known && key !== null) {
      answers.delete(key); // keep it among the most recently used
      answers.set(key, known);
      return { ...known, productIds: [...known.productIds] };
    }
    const answer = this.answer(index, text, input, categoryIds, inStock);
    if (key !== null) {
      answers.set(key, { ...answer, productIds: [...answer.productIds] });
      if (answers.size > ANSWERS_PER_INDEX) answers.delete(answers.keys().next().value as string);
    }
    return answer;
  }

  private answer(
    index: SearchIndex,
    text: string,
    input: ShopSearchInput,
    categoryIds: Set<string> | null,
    inStock: Set<string> | null,
  ): ShopSearchPage {
    const base = {
      categoryIds,
      size: input.size ?? null,
      colour: input.colour ?? null,
      minPrice: input.minPrice ?? null,
      maxPrice: input.maxPrice ?? null,
      inStock,
      sort: input.sort,
      prefix: text,
    };
    const page = (needles: string[], patterns: RegExp[] = []) => {
      const hits = queryIndex(index, { ...base, needles, patterns });
      const slice = hits.slice(input.offset, input.offset + input.first);
      return { productIds: slice.map((p) => p.id), totalCount: hits.length, hasMore: input.offset + slice.length < hits.length };
    };
    const exact = page(text ? [text] : []);
    if (!text || exact.totalCount > 0) return { ...exact, fuzzy: false, correctedText: null };

    if (HAN.test(text)) {
      const { pinyin, wildcards } = chineseFallbacks(text);
      const fuzzy = page(pinyin ? [pinyin] : [], wildcardRegexes(wildcards));
      return { ...fuzzy, fuzzy: fuzzy.totalCount > 0, correctedText: null };
    }
    let changed = false;
    const corrected = text
      .split(/\s+/)
      .map((word) => {
        const fix = correctWord(word, index.vocabulary);
        if (fix) changed = true;
        return fix ?? word;
      })
      .join(" ");
    if (!changed) return { ...exact, fuzzy: false, correctedText: null };
    const fuzzy = page([corrected]);
    return { ...fuzzy, fuzzy: fuzzy.totalCount > 0, correctedText: fuzzy.totalCount > 0 ? corrected : null };
  }

  /** Sizes and colours on sale, for the filter chips. */
  async facets(merchantId: string): Promise<{ sizes: string[]; colours: string[] }> {
    const index = await this.index(merchantId);
    return { sizes: index.sizes, colours: index.colours };
  }

  private index(merchantId: string): Promise<SearchIndex> {
    return this.indexes.get(merchantId, () => this.load(merchantId));
  }

  private async load(merchantId: string): Promise<SearchIndex> {
    const rows = await this.db.$queryRaw<IndexRow[]>`
      SELECT p.id AS "productId", p.name, p."searchText", p."categoryId", p."createdAt",
        v.id AS "variantId", v.sku, v."basePrice", v."optionValues"
      FROM "Product" p
      LEFT JOIN "Variant" v ON v."productId" = p.id AND v.status = 'ACTIVE'
      WHERE p."merchantId" = ${merchantId} AND p.status = 'ACTIVE'`;
    return buildIndex(rows, vocabularyWords);
  }

  /** Variants a shopper can buy at a store right now (live, not from the index). */
  private async variantsInStock(locationId: string): Promise<Set<string>> {
    const rows = await this.db.$queryRaw<{ variantId: string }[]>`
      SELECT "variantId" FROM "StockLevel" WHERE "locationId" = ${locationId} AND "onHand" - GREATEST(reserved, 0) > 0`;
    return new Set(rows.map((r) => r.variantId));
  }
}
