// `npx tsx tests/bench/pos-client.ts`: prints the POS client figures (scan-to-line, start-up with 50,000 SKUs, offline
// sync of 500 sales). BENCH_QUICK=1 takes fewer samples.
import { benchPosClient } from "./pos-client.bench.ts";

const quick = process.env.BENCH_QUICK === "1";
const r = await benchPosClient({ scans: quick ? 60 : 300, sales: quick ? 100 : 500 });
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(`\n== POS: scan to cart line in headless Chromium (production build), ${r.scan.skus.toLocaleString()} SKUs ==`);
console.log(`${r.scan.scans} scans   p50 ${ms(r.scan.p50)}   p99 ${ms(r.scan.p99)}   max ${ms(r.scan.max)}`);
console.log(`\n== POS: start-up on a fresh device with ${r.startup.skus.toLocaleString()} SKUs and ${r.startup.members} members ==`);
console.log(`signed in → usable offline snapshot: ${(r.startup.firstLoadMs / 1000).toFixed(2)} s`);
console.log(
  `delta refresh right after: ${ms(r.startup.engineMs)}   full reload (warm API): ${(r.startup.fullReloadMs / 1000).toFixed(2)} s`,
);
console.log(
  `  of which the API's ${r.startup.pages} snapshot pages alone (fetched from Node): ${(r.startup.apiOnlyMs / 1000).toFixed(2)} s`,
);
console.log(`\n== POS: delivering ${r.sync.sales} sales queued offline (each on its own, exactly once) ==`);
console.log(
  `${(r.sync.ms / 1000).toFixed(2)} s   ${r.sync.perSecond.toFixed(1)} sales/s   orders recorded ${r.sync.recorded}, replays ${r.sync.replayed}`,
);
process.exit(0);
