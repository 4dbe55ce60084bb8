import { serverApiUrl } from "@o2o/client/server-config";
// Server-side reads of the public catalog, at request time. Never throws: the page shows every outcome.

const TIMEOUT_MS = 5_000;
export const PAGE_SIZE = 24;

export type ShopProduct = {
  id: string;
  name: string;
  category: { name: string; icon: string | null } | null;
  variants: { id: string; basePrice: number }[];
};

export type ApiOutcome<T> =
  | { status: "ok"; data: T }
  /** The API did not answer (down, unreachable, timed out). */
  | { status: "unavailable" }
  /** The API answered with errors (for instance a query the running version does not support yet). */
  | { status: "error"; message: string };

type ProductsPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ShopProduct }[];
};

const PRODUCTS = `query ShopProducts($first: Int!, $after: String, $search: String) {
  products(first: $first, after: $after, filter: { search: $search }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name category { name icon } variants { id basePrice } } }
  }
}`;

const STORES = `query PickupStores { stores { id type city } }`;

async function queryApi<T>(operationName: string, query: string, variables: Record<string, unknown> = {}): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(serverApiUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ operationName, query, variables }),
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { status: "unavailable" };
  }
  let body: { data?: T | null; errors?: { message?: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return response.status >= 500 ? { status: "unavailable" } : { status: "error", message: `HTTP ${response.status}` };
  }
  if (body.data && !body.errors?.length) return { status: "ok", data: body.data };
  return { status: "error", message: body.errors?.[0]?.message ?? `HTTP ${response.status}` };
}

export async function fetchProducts(search: string, after: string | null): Promise<ApiOutcome<ProductsPage>> {
  const outcome = await queryApi<{ products: ProductsPage }>("ShopProducts", PRODUCTS, { first: PAGE_SIZE, after, search: search || null });
  return outcome.status === "ok" ? { status: "ok", data: outcome.data.products } : outcome;
}

/** Cities with a shop for store pickup; empty when the store list cannot be read (the banner is then left out). */
export async function fetchPickupCities(): Promise<{ shops: number; cities: string[] }> {
  const outcome = await queryApi<{ stores: { id: string; type: string; city: string | null }[] }>("PickupStores", STORES);
  if (outcome.status !== "ok") return { shops: 0, cities: [] };
  const shops = outcome.data.stores.filter((s) => s.type === "SHOP");
  return { shops: shops.length, cities: [...new Set(shops.flatMap((s) => (s.city ? [s.city] : [])))] };
}

/** The lowest base price across variants, in 分, and whether variants differ in price. */
export function lowestPrice(product: ShopProduct): { fen: number; varies: boolean } | null {
  if (product.variants.length === 0) return null;
  const prices = product.variants.map((v) => v.basePrice);
  const fen = Math.min(...prices);
  return { fen, varies: prices.some((p) => p !== fen) };
}
