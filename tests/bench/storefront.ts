// `npx tsx tests/bench/storefront.ts`: prints the storefront figures (targets: search p95 < 50 ms over 100,000 SKUs;
// product page LCP < 1.5 s on a production build on localhost).
import { benchStorefront } from "./storefront.bench.ts";

const r = await benchStorefront({ searchRounds: process.env.BENCH_QUICK === "1" ? 5 : 25 });
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(`\n== Storefront: shopper search through the API on PostgreSQL, ${r.skus.toLocaleString()} generated SKUs + demo data ==`);
console.log(
  `${r.search.queries} queries   p50 ${ms(r.search.p50)}   p95 ${ms(r.search.p95)}   max ${ms(r.search.max)}   (target: p95 < 50 ms)`,
);
for (const [kind, k] of Object.entries(r.search.byKind)) console.log(`  ${kind.padEnd(8)} p50 ${ms(k.p50)}   p95 ${ms(k.p95)}`);
console.log(
  `  in-memory index alone (${r.index.products.toLocaleString()} products, built in ${ms(r.index.buildMs)}): p50 ${ms(r.index.p50)}   p95 ${ms(r.index.p95)}`,
);
console.log("\n== Storefront: product page of the production build (next start, localhost) ==");
console.log(
  `server render (full HTML over HTTP), ${r.productPage.renders} renders: p50 ${ms(r.productPage.ssrP50)}   p95 ${ms(r.productPage.ssrP95)}`,
);
console.log(
  `  of which the API reads: product + offer + stock p50 ${ms(r.productApi.coreP50)}, recommendations p50 ${ms(r.productApi.recommendedP50)}`,
);
console.log(
  `largest contentful paint (headless Chromium, phone viewport): median ${ms(r.productPage.lcpMedian)}   runs ${r.productPage.lcpRuns.map((n) => n.toFixed(0)).join(", ")} ms   (target: < 1.5 s)`,
);
process.exit(0);
