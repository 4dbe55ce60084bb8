// `npx tsx tests/bench/admin-dashboard.ts`: prints how fast the admin dashboard's figures come and how soon a sale reaches it.
import { benchAdminDashboard } from "./admin-dashboard.bench.ts";

const quick = process.env.BENCH_QUICK === "1";
const r = await benchAdminDashboard({ rounds: quick ? 5 : 30, ticks: quick ? 5 : 20 });
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log("\n== Admin dashboard: sales summary through the API on PostgreSQL (demo data), as the owner ==");
for (const [range, s] of Object.entries(r.summary))
  console.log(`${range.padEnd(13)} p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   max ${ms(s.max)}`);
console.log("\n== Live tick: till sale answered → salesUpdated event at the subscribed dashboard ==");
console.log(`${r.tick.received}/${r.tick.sent} events   p50 ${ms(r.tick.p50)}   p95 ${ms(r.tick.p95)}   max ${ms(r.tick.max)}`);
process.exit(0);
