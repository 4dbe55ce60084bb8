// `npm run bench`: prints figures; nothing here asserts a timing. `npm run bench -- core` runs the domain, till-sale
// and import benches only; `-- clients` only the admin, POS and storefront ones (each in its own process: they drive Chromium).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { benchPriceCart } from "../../packages/domain/bench/price-cart.bench.ts";
import { benchCatalogImport } from "./catalog-import.bench.ts";
import { benchPosSales } from "./pos-sale.bench.ts";

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
const only = process.argv[2];

if (only !== "clients") {
  console.log("\n== Domain: price a 5-line cart with 10 active promotions and 2 coupons ==");
  const cart = await benchPriceCart();
  console.log(
    `p50 ${cart.p50Us.toFixed(1)} µs   p99 ${cart.p99Us.toFixed(1)} µs   ${Math.round(cart.opsPerSec).toLocaleString()} carts/s   (target: < 1 ms)`,
  );

  console.log("\n== POS sale through the API on PostgreSQL (5 lines, cash) vs raw-SQL floor (same writes, one transaction) ==");
  const quick = process.env.BENCH_QUICK === "1";
  const pos = await benchPosSales({
    concurrencies: [1, 8, 64],
    salesPerRun: (c) => (quick ? 40 : c === 1 ? 400 : 3000),
    warmUp: quick ? 40 : 1500,
  });
  console.log(" tills   sales |  API sales/s   p50 ms   p99 ms | floor sales/s   p50 ms   p99 ms | API/floor");
  for (const r of pos.rows) {
    console.log(
      `${String(r.concurrency).padStart(6)} ${String(r.sales).padStart(7)} | ${fmt(r.api.throughput)}   ${fmt(r.api.p50, 2)} ${fmt(r.api.p99, 2)} |` +
        ` ${fmt(r.floor.throughput)}     ${fmt(r.floor.p50, 2)} ${fmt(r.floor.p99, 2)} | ${fmt(r.api.throughput / r.floor.throughput, 2)}`,
    );
  }
  console.log("\nCPU per sale (ms):   API process   PostgreSQL   tills (HTTP client) |  floor: PostgreSQL   tills (pg client)");
  for (const r of pos.rows) {
    console.log(
      `${String(r.concurrency).padStart(6)} tills     ${fmt(r.cpu.api.api, 2)}     ${fmt(r.cpu.api.postgres, 2)}     ${fmt(r.cpu.api.tills, 2)}         |            ${fmt(r.cpu.floor.postgres, 2)}     ${fmt(r.cpu.floor.tills, 2)}`,
    );
  }
  console.log("\nWAL written per sale (bytes; the database's write work, steady whatever the machine's speed):");
  for (const r of pos.rows) {
    console.log(`${String(r.concurrency).padStart(6)} tills   API ${fmt(r.walBytes.api, 0)}   floor ${fmt(r.walBytes.floor, 0)}`);
  }
  console.log(
    `\nSQL statements for one 5-line sale (API request, all of them): ${pos.statementsPerSale}   (target: <= 20); ` +
      `${pos.coldStatementsPerSale} when its items are not yet in the instance's memory`,
  );
  console.log(
    `  + publishing its events from the outbox afterwards: ${pos.relayStatements} (one batch, shared by all sales committed meanwhile)`,
  );
  for (const s of pos.statements) console.log(`  ${s}`);
  console.log("\nTargets: p99 < 25 ms at 8 tills; API >= 0.5 x floor throughput.");

  console.log("\n== Catalog import: generated CSV through the import service on embedded PGlite ==");
  const imported = await benchCatalogImport();
  console.log(
    `${imported.rows.toLocaleString()} rows in ${imported.seconds.toFixed(2)} s (${Math.round(imported.rows / imported.seconds).toLocaleString()} rows/s)`,
  );
}

if (only !== "core") {
  for (const bench of ["admin-dashboard.ts", "pos-client.ts", "storefront.ts"]) {
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, bench)], { stdio: "inherit" });
    if (run.status !== 0) console.log(`\n${bench} failed (exit ${run.status})`);
  }
}
process.exit(0);
