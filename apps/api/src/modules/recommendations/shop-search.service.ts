import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { chineseFallbacks, containsPattern, correctWord, vocabularyWords } from "./search-terms.ts";
import { type ShopSearchInput, ShopSearchSort } from "./storefront.types.ts";

const SIZE_AXIS = "尺码";
const COLOUR_AXIS = "颜色";
const CACHE_MS = 60_000;
const HAN = /[\u4e00-\u9fff]/;

export type ShopSearchPage = {
  productIds: string[];
  totalCount: number;
  hasMore: boolean;
  fuzzy: boolean;
  correctedText: string | null;
};

type Cached<T> = { at: number; value: Promise<T> };

/**
 * The storefront's product search: one SQL statement over name, pinyin search words and SKU with the shopper's
 * filters; when the text matches nothing, a second pass tolerates a typo (pinyin homophones and one wrong character
 * for Chinese, an edit-distance correction against the catalogue's words for Latin text).
 */
export class ShopSearchService {
  private readonly vocabularies = new Map<string, Cached<string[]>>();
  private readonly facetCache = new Map<string, Cached<{ sizes: string[]; colours: string[] }>>();

  constructor(
    private readonly db: Db,
    private readonly catalog: CatalogService,
  ) {}

  async search(merchantId: string, input: ShopSearchInput): Promise<ShopSearchPage> {
    const text = input.text?.trim().slice(0, 64) ?? "";
    const categoryIds = input.categoryId ? await this.catalog.categoryWithDescendants(merchantId, input.categoryId) : null;
    const run = (textCondition: Prisma.Sql) => this.page(merchantId, input, categoryIds, textCondition, text);
    const exact = await run(text ? exactText(merchantId, text) : Prisma.sql`TRUE`);
    if (!text || exact.totalCount > 0 || input.offset > 0) return { ...exact, fuzzy: false, correctedText: null };

    if (HAN.test(text)) {
      const { pinyin, wildcards } = chineseFallbacks(text);
      const alternatives = [
        ...(pinyin ? [Prisma.sql`p."searchText" ILIKE ${containsPattern(pinyin)}`] : []),
        ...wildcards.map((w) => Prisma.sql`p.name ILIKE ${w}`),
      ];
      if (alternatives.length === 0) return { ...exact, fuzzy: false, correctedText: null };
      const fuzzy = await run(Prisma.sql`(${Prisma.join(alternatives, " OR ")})`);
      return { ...fuzzy, fuzzy: fuzzy.totalCount > 0, correctedText: null };
    }
    const vocabulary = await this.vocabulary(merchantId);
    let changed = false;
    const corrected = text
      .toLowerCase()
      .split(/\s+/)
      .map((word) => {
        const fix = correctWord(word, vocabulary);
        if (fix) changed = true;
        return fix ?? word;
      })
      .join(" ");
    if (!changed) return { ...exact, fuzzy: false, correctedText: null };
    const fuzzy = await run(exactText(merchantId, corrected));
    return { ...fuzzy, fuzzy: fuzzy.totalCount > 0, correctedText: fuzzy.totalCount > 0 ? corrected : null };
  }

  /** Sizes and colours on sale, for the filter chips (cached for a minute). */
  facets(merchantId: string): Promise<{ sizes: string[]; colours: string[] }> {
    return cached(this.facetCache, merchantId, async () => {
      const rows = await this.db.$queryRaw<{ key: string; value: string }[]>`
        SELECT DISTINCT kv.key, kv.value
        FROM "Variant" v, jsonb_each_text(v."optionValues"::jsonb) kv
        WHERE v."merchantId" = ${merchantId} AND v.status = 'ACTIVE' AND kv.key IN (${SIZE_AXIS}, ${COLOUR_AXIS})`;
      const of = (key: string) =>
        rows
          .filter((r) => r.key === key)
          .map((r) => r.value)
          .sort(compareOptionValues);
      return { sizes: of(SIZE_AXIS), colours: of(COLOUR_AXIS) };
    });
  }

  private async page(
    merchantId: string,
    input: ShopSearchInput,
    categoryIds: string[] | null,
    textCondition: Prisma.Sql,
    text: string,
  ): Promise<Omit<ShopSearchPage, "fuzzy" | "correctedText">> {
    const variantConditions: Prisma.Sql[] = [];
    if (input.size) variantConditions.push(Prisma.sql`v."optionValues"::jsonb ->> ${SIZE_AXIS} = ${input.size}`);
    if (input.colour) variantConditions.push(Prisma.sql`v."optionValues"::jsonb ->> ${COLOUR_AXIS} = ${input.colour}`);
    if (input.inStockAt) {
      variantConditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StockLevel" s WHERE s."variantId" = v.id
        AND s."locationId" = ${input.inStockAt} AND s."onHand" - GREATEST(s.reserved, 0) > 0)`);
    }
    const variantFilter = variantConditions.length
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Variant" v WHERE v."productId" = p.id AND v.status = 'ACTIVE'
          AND ${Prisma.join(variantConditions, " AND ")})`
      : Prisma.empty;
    const priceFilters: Prisma.Sql[] = [];
    if (input.minPrice != null) priceFilters.push(Prisma.sql`price >= ${input.minPrice}`);
    if (input.maxPrice != null) priceFilters.push(Prisma.sql`price <= ${input.maxPrice}`);
    const prefix = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const order = {
      [ShopSearchSort.RELEVANCE]: text
        ? Prisma.sql`(name ILIKE ${prefix}) DESC, "createdAt" DESC, id DESC`
        : Prisma.sql`"createdAt" DESC, id DESC`,
      [ShopSearchSort.NEWEST]: Prisma.sql`"createdAt" DESC, id DESC`,
      [ShopSearchSort.PRICE_ASC]: Prisma.sql`price ASC NULLS LAST, id`,
      [ShopSearchSort.PRICE_DESC]: Prisma.sql`price DESC NULLS LAST, id`,
    }[input.sort];
    const rows = await this.db.$queryRaw<{ id: string; total: bigint | number }[]>`
      WITH matched AS (
        SELECT p.id, p.name, p."createdAt",
          (SELECT min(v."basePrice") FROM "Variant" v WHERE v."productId" = p.id AND v.status = 'ACTIVE') AS price
        FROM "Product" p
        WHERE p."merchantId" = ${merchantId} AND p.status = 'ACTIVE' AND ${textCondition}
          ${categoryIds ? Prisma.sql`AND p."categoryId" IN (${Prisma.join(categoryIds)})` : Prisma.empty}
          ${variantFilter}
      )
      SELECT id, count(*) OVER () AS total FROM matched
      ${priceFilters.length ? Prisma.sql`WHERE ${Prisma.join(priceFilters, " AND ")}` : Prisma.empty}
      ORDER BY ${order}
      LIMIT ${input.first} OFFSET ${input.offset}`;
    const totalCount = Number(rows[0]?.total ?? 0);
    return { productIds: rows.map((r) => r.id), totalCount, hasMore: input.offset + rows.length < totalCount };
  }

  private vocabulary(merchantId: string): Promise<string[]> {
    return cached(this.vocabularies, merchantId, async () => {
      const rows = await this.db.$queryRaw<{ searchText: string }[]>`
        SELECT "searchText" FROM "Product" WHERE "merchantId" = ${merchantId} AND status = 'ACTIVE'`;
      const words = new Set<string>();
      for (const row of rows) for (const w of vocabularyWords(row.searchText)) words.add(w);
      return [...words];
    });
  }
}

/** Name, pinyin search words or (for Latin text) SKU contain the text. */
function exactText(merchantId: string, text: string): Prisma.Sql {
  const pattern = containsPattern(text);
  const sku = HAN.test(text)
    ? Prisma.empty
    : Prisma.sql`OR p.id IN (SELECT "productId" FROM "Variant" WHERE "merchantId" = ${merchantId} AND sku ILIKE ${pattern})`;
  return Prisma.sql`(p.name ILIKE ${pattern} OR p."searchText" ILIKE ${pattern} ${sku})`;
}

const SIZE_ORDER = ["XS", "S", "M", "L", "XL", "XXL", "XXXL"];

/** Clothing sizes in wearing order, numbers numerically, the rest alphabetically. */
export function compareOptionValues(a: string, b: string): number {
  const ia = SIZE_ORDER.indexOf(a);
  const ib = SIZE_ORDER.indexOf(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b, "zh-CN");
}

function cached<T>(map: Map<string, Cached<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const value = load();
  map.set(key, { at: Date.now(), value });
  value.catch(() => map.delete(key));
  return value;
}
