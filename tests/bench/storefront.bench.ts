// Storefront figures on PostgreSQL with 100,000 generated SKUs (on top of the demo data): shopper search latency
// through the API (Chinese, pinyin, SKU and typo queries), and the product page of a production build served by
// `next start`: server render time over HTTP and largest contentful paint in headless Chromium.
import { type ChildProcess } from "node:child_process";
import path from "node:path";
import { ShopProductPageDocument, ShopRecommendedDocument } from "@o2o/schema";
import { print } from "graphql";
import pg from "pg";
import { chromium } from "playwright-core";
import { ensureAppBuilt } from "../browser/app-build.ts";
import { freePort, startApp, stopApp } from "../browser/app-server.ts";
import { startApiProcess } from "./api-process.ts";
import { freshBenchDatabase } from "./bench-database.ts";
import { percentile } from "./latency.ts";
import { buildIndex, type IndexRow, queryIndex } from "../../apps/api/src/modules/recommendations/search-index.ts";
import { vocabularyWords } from "../../apps/api/src/modules/recommendations/search-terms.ts";
import { generateSkus } from "./storefront-skus.ts";

const _root = path.resolve(import.meta.dirname, "../..");
const PRODUCTS = 25_000; // × 4 variants = 100,000 SKUs

export type StorefrontBench = {
  skus: number;
  search: { queries: number; p50: number; p95: number; max: number; byKind: Record<string, { p50: number; p95: number }> };
  /** The in-memory index alone (what the API does per query besides GraphQL and loading the page's products). */
  index: { products: number; buildMs: number; p50: number; p95: number };
  productPage: { renders: number; ssrP50: number; ssrP95: number; lcpMedian: number; lcpRuns: number[] };
  /** The product page's two API reads alone (product + offer + stock; recommendations), p50 ms. */
  productApi: { coreP50: number; recommendedP50: number };
};

const SEARCH = `query($i: ShopSearchInput!) { shopSearch(input: $i) { totalCount fuzzy products { id name variants { id basePrice } } } }`;

// What shoppers type: Chinese words, pinyin, SKUs, and typos of each.
const QUERIES: { kind: string; text: string }[] = [
  { kind: "chinese", text: "纯棉" },
  { kind: "chinese", text: "连衣裙" },
  { kind: "chinese", text: "真丝衬衫" },
  { kind: "chinese", text: "宽松卫衣" },
  { kind: "pinyin", text: "chunmian" },
  { kind: "pinyin", text: "lianyiqun" },
  { kind: "pinyin", text: "niuzai" },
  { kind: "sku", text: "G-012345" },
  { kind: "sku", text: "g-000777-xl" },
  { kind: "typo", text: "chunmain" },
  { kind: "typo", text: "lianyiqnu" },
  { kind: "typo", text: "纯绵T恤" },
];

async function timeSearch(apiUrl: string, rounds: number) {
  const samples: { kind: string; ms: number }[] = [];
  const run = async (text: string) => {
    const t0 = performance.now();
    const res = await fetch(apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SEARCH, variables: { i: { text, first: 24 } } }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
    return performance.now() - t0;
  };
  for (const q of QUERIES) await run(q.text); // warm caches (vocabulary, plans)
  for (let r = 0; r < rounds; r++) for (const q of QUERIES) samples.push({ kind: q.kind, ms: await run(q.text) });
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  const all = sorted(samples.map((s) => s.ms));
  const byKind: Record<string, { p50: number; p95: number }> = {};
  for (const kind of new Set(QUERIES.map((q) => q.kind))) {
    const list = sorted(samples.filter((s) => s.kind === kind).map((s) => s.ms));
    byKind[kind] = { p50: percentile(list, 50), p95: percentile(list, 95) };
  }
  return { queries: samples.length, p50: percentile(all, 50), p95: percentile(all, 95), max: all.at(-1) ?? 0, byKind };
}

async function timeIndex(client: pg.Client, merchantId: string) {
  const rows = await client.query<IndexRow>(
    `SELECT p.id AS "productId", p.name, p."searchText", p."categoryId", p."createdAt", v.id AS "variantId", v.sku, v."basePrice", v."optionValues"
     FROM "Product" p LEFT JOIN "Variant" v ON v."productId" = p.id AND v.status = 'ACTIVE'
     WHERE p."merchantId" = $1 AND p.status = 'ACTIVE'`,
    [merchantId],
  );
  const t0 = performance.now();
  const index = buildIndex(rows.rows, vocabularyWords);
  const buildMs = performance.now() - t0;
  const samples: number[] = [];
  for (let r = 0; r < 20; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      queryIndex(index, {
        needles: [q.text.toLowerCase()],
        patterns: [],
        categoryIds: null,
        size: null,
        colour: null,
        minPrice: null,
        maxPrice: null,
        inStock: null,
        sort: "RELEVANCE",
        prefix: q.text.toLowerCase(),
      });
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return { products: index.products.length, buildMs, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function timeProductApi(apiUrl: string, productIds: string[]) {
  const time = async (query: string) => {
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const res = await fetch(apiUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: { id: productIds[i % productIds.length] } }),
      });
      await res.json();
      samples.push(performance.now() - t0);
    }
    return percentile(
      samples.sort((a, b) => a - b),
      50,
    );
  };
  return { coreP50: await time(print(ShopProductPageDocument)), recommendedP50: await time(print(ShopRecommendedDocument)) };
}

async function timeProductPage(appUrl: string, productIds: string[], renders: number) {
  const ssr: number[] = [];
  for (let i = 0; i < renders; i++) {
    const id = productIds[i % productIds.length];
    const t0 = performance.now();
    const res = await fetch(`${appUrl}/product/${id}`);
    await res.text();
    if (!res.ok) throw new Error(`product page answered ${res.status}`);
    ssr.push(performance.now() - t0);
  }
  ssr.sort((a, b) => a - b);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const lcpRuns: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(`${appUrl}/product/${productIds[(i * 7) % productIds.length]}`, { waitUntil: "load" });
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: "largest-contentful-paint", buffered: true });
            setTimeout(() => resolve(Number.NaN), 3000);
          }),
      );
      lcpRuns.push(lcp);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sortedLcp = [...lcpRuns].sort((a, b) => a - b);
  return { renders, ssrP50: percentile(ssr, 50), ssrP95: percentile(ssr, 95), lcpMedian: percentile(sortedLcp, 50), lcpRuns };
}

export async function benchStorefront(opts: { searchRounds?: number; renders?: number } = {}): Promise<StorefrontBench> {
  const build = ensureAppBuilt("storefront");
  const db = await freshBenchDatabase(8);
  let api: { url: string; stop(): Promise<void> } | null = null;
  let app: { url: string; child: ChildProcess } | null = null;
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const merchant = await client.query<{ id: string }>(`SELECT id FROM "Merchant" ORDER BY "createdAt" LIMIT 1`);
    const skus = await generateSkus(client, merchant.rows[0]?.id ?? "", PRODUCTS);
    const index = await timeIndex(client, merchant.rows[0]?.id ?? "");
    const seeded = await client.query<{ id: string }>(
      `SELECT id FROM "Product" WHERE status = 'ACTIVE' AND id NOT LIKE 'bench-%' ORDER BY id LIMIT 20`,
    );
    await client.end();
    api = await startApiProcess(db.url, await freePort());
    const search = await timeSearch(api.url, opts.searchRounds ?? 25);
    const productApi = await timeProductApi(
      api.url,
      seeded.rows.map((r) => r.id),
    );
    await build;
    app = await startApp("storefront", api.url);
    const productPage = await timeProductPage(
      app.url,
      seeded.rows.map((r) => r.id),
      opts.renders ?? 40,
    );
    return { skus, search, index, productPage, productApi };
  } finally {
    if (app) stopApp(app.child);
    await api?.stop();
    await db.drop();
  }
}
