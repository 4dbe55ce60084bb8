// The search page's URL parameters ⇄ the API's ShopSearchInput. Prices are typed in yuan and sent in 分.

export const PAGE_SIZE = 24;
const SORTS = ["RELEVANCE", "NEWEST", "PRICE_ASC", "PRICE_DESC"] as const;
export type SearchSort = (typeof SORTS)[number];

export type SearchState = {
  q: string;
  category: string;
  size: string;
  colour: string;
  store: string;
  min: string;
  max: string;
  sort: SearchSort;
  page: number;
};

type Raw = Record<string, string | string[] | undefined>;

function one(raw: Raw, key: string, max = 64): string {
  const value = raw[key];
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, max);
}

/** Yuan as typed ("12", "12.5") → 分, or null when empty or not a price. */
export function yuanToFen(text: string): number | null {
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(text)) return null;
  const [yuan = "0", cents = ""] = text.split(".");
  return Number(yuan) * 100 + Number(cents.padEnd(2, "0"));
}

export function parseSearch(raw: Raw): SearchState {
  const sort = one(raw, "sort") as SearchSort;
  const page = Number.parseInt(one(raw, "page"), 10);
  return {
    q: one(raw, "q"),
    category: one(raw, "category"),
    size: one(raw, "size", 30),
    colour: one(raw, "colour", 30),
    store: one(raw, "store"),
    min: one(raw, "min", 10),
    max: one(raw, "max", 10),
    sort: SORTS.includes(sort) ? sort : "RELEVANCE",
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 100) : 1,
  };
}

export function searchInput(s: SearchState) {
  return {
    text: s.q || null,
    categoryId: s.category || null,
    size: s.size || null,
    colour: s.colour || null,
    inStockAt: s.store || null,
    minPrice: yuanToFen(s.min),
    maxPrice: yuanToFen(s.max),
    sort: s.sort,
    first: PAGE_SIZE,
    offset: (s.page - 1) * PAGE_SIZE,
  };
}

/** The URL of the search with some parameters changed (empty values dropped, page reset unless given). */
export function searchHref(s: SearchState, change: Partial<SearchState> = {}): string {
  const next = { ...s, page: 1, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (key === "page" ? value === 1 : key === "sort" ? value === "RELEVANCE" : !value) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
