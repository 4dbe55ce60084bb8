// POS-sale throughput and latency through the real API (HTTP, auth, pricing, one transaction) on PostgreSQL, beside a
// raw-SQL floor doing the same writes, plus the SQL statements one 5-line sale runs.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../../apps/api/src/config/env.ts";
import { startApiServer } from "../../apps/api/src/server.ts";
import { freshBenchDatabase } from "./bench-database.ts";
import { startApiProcess } from "./api-process.ts";
import { postJson } from "./http-json.ts";
import { measureCpu } from "./cpu-time.ts";
import { runConcurrent } from "./latency.ts";
import { type FloorItem, rawSale } from "./raw-sale-floor.ts";
import { installSqlCounter } from "./sql-counter.ts";

const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`;

export async function benchPosSales(opts: { concurrencies: number[]; salesPerRun: (c: number) => number; warmUp: number }) {
  const counter = installSqlCounter();
  // 64 tills share a pool of 32 connections per side: PostgreSQL allows 100 in all.
  const db = await freshBenchDatabase(32);
  const api = await startApiServer({
    config: loadConfig({
      NODE_ENV: "test",
      API_HOST: "127.0.0.1",
      API_PORT: "0",
      LOG_LEVEL: "error",
      AUTH_SECRET: randomUUID() + randomUUID(),
    }),
    database: db.database,
  });
  try {
    const prisma = db.database.prisma;
    const store = await prisma.store.findFirstOrThrow({ where: { code: "SH01" } });
    const register = await prisma.register.findFirstOrThrow({ where: { storeId: store.id } });
    const cashier = await prisma.staffUser.findUniqueOrThrow({ where: { username: "cashier.sh" } });
    const channel = await prisma.salesChannel.findFirstOrThrow({ where: { merchantId: store.merchantId, type: "POS" } });
    const pool: FloorItem[] = (
      await prisma.variant.findMany({
        where: { status: "ACTIVE", product: { status: "ACTIVE" }, stockLevels: { some: { locationId: store.id } } },
        select: { id: true, basePrice: true },
        take: 300,
      })
    ).map((v) => ({ variantId: v.id, price: v.basePrice }));
    const pick = (i: number) => Array.from({ length: 5 }, (_, k) => pool[(i * 7 + k * 13) % pool.length] as FloorItem);

    const tokenFor = async (url: string) =>
      (
        await postJson<{ data: { staffLogin: { accessToken: string } } }>(url, {
          query: `mutation { staffLogin(input: { username: "cashier.sh", password: "demo1234" }) { accessToken } }`,
        })
      ).data.staffLogin.accessToken;
    let target = { url: api.url, token: await tokenFor(api.url) };
    const sell = async (i: number) => {
      const items = pick(i);
      const { url, token } = target;
      const body = await postJson<{ data?: { createPosSale?: { __typename: string; code?: string } }; errors?: unknown }>(
        url,
        {
          query: SALE,
          variables: {
            i: {
              clientSaleId: randomUUID(),
              storeId: store.id,
              registerId: register.id,
              lines: items.map((it) => ({ variantId: it.variantId, quantity: 1 })),
              tenders: [{ tender: "CASH", amount: items.reduce((s, it) => s + it.price, 0) }],
            },
          },
        },
        token,
      );
      if (body.data?.createPosSale?.__typename !== "PosSale") throw new Error(`sale failed: ${JSON.stringify(body)}`);
    };

    // Statements of one sale are counted on an in-process server; latency and throughput are measured on a separate
    // API process, as in production (the tills are other machines, not the API's own event loop).
    await runConcurrent(20, 2, sell);
    await api.services.relay.pause();
    // Warm: items this API instance has priced before (the till priced the cart while scanning) come from memory.
    // Cold: the first sale of these items on this instance reads them too. The warm-up sold indexes up to ~185 only.
    const counted = await counter.measure(() => sell(0));
    const cold = await counter.measure(() => sell(30));
    const relayed = await counter.measure(() => api.services.relay.resume());
    await api.close();
    const server = await startApiProcess(db.url, 4700 + Math.floor(Math.random() * 200));
    target = { url: server.url, token: await tokenFor(server.url) };
    // Warm-up: a till API runs for hours, and its first ~1,000 sales here cost half as much CPU again as the ones after
    // (JIT, caches, pool connections), so the runs below measure the steady state. The floor is warmed the same way.
    await runConcurrent(opts.warmUp, 8, sell);

    const floorPool = new pg.Pool({ connectionString: db.url, max: 32 });
    floorPool.on("error", () => undefined);
    const floorCtx = { merchantId: store.merchantId, storeId: store.id, channelId: channel.id, staffId: cashier.id };
    await runConcurrent(Math.ceil(opts.warmUp / 5), 8, (i) => rawSale(floorPool, floorCtx, pick(i)));
    // WAL written per sale: the database's write work, a figure that does not move with the machine's speed.
    const walLsn = async () => (await floorPool.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0]?.lsn ?? "0/0";
    const walBytes = async (from: string) =>
      Number(
        (await floorPool.query<{ d: string }>("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::text AS d", [from])).rows[0]?.d,
      );
    const rows = [];
    try {
      for (const c of opts.concurrencies) {
        const n = opts.salesPerRun(c);
        const apiWal = await walLsn();
        const apiRun = await measureCpu(server.pid, () => runConcurrent(n, c, sell));
        await new Promise((r) => setTimeout(r, 300)); // the relay marks the last events as sent
        const apiWalBytes = await walBytes(apiWal);
        const floorWal = await walLsn();
        const floorRun = await measureCpu(null, () => runConcurrent(n, c, (i) => rawSale(floorPool, floorCtx, pick(i))));
        const floorWalBytes = await walBytes(floorWal);
        const perSale = (ms: number) => ms / n;
        rows.push({
          concurrency: c,
          sales: n,
          api: apiRun.result,
          floor: floorRun.result,
          // Where the CPU of one sale goes (2 cores are shared by the tills, the API and PostgreSQL here).
          cpu: {
            api: { api: perSale(apiRun.apiMs), postgres: perSale(apiRun.postgresMs), tills: perSale(apiRun.clientMs) },
            floor: { postgres: perSale(floorRun.postgresMs), tills: perSale(floorRun.clientMs) },
          },
          walBytes: { api: apiWalBytes / n, floor: floorWalBytes / n },
        });
      }
    } finally {
      await floorPool.end();
      await server.stop();
    }
    return {
      rows,
      statementsPerSale: counted.count,
      statements: counted.statements,
      coldStatementsPerSale: cold.count,
      relayStatements: relayed.count,
    };
  } finally {
    await api.close();
    await db.drop();
  }
}
