// Admin dashboard on PostgreSQL with the demo data: how long the sales summary takes per period, and how long a till
// sale takes to reach a subscribed dashboard (sale response → salesUpdated event).
import { randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig } from "../../apps/api/src/config/env.ts";
import { startApiServer } from "../../apps/api/src/server.ts";
import { freshBenchDatabase } from "./bench-database.ts";
import { percentile } from "./latency.ts";

const SUMMARY = `query($r: SalesRange) { salesSummary(range: $r) { sales orders averageBasket byStore { key sales } byChannel { key sales }
  overTime { label sales } topProducts { productId sales } categoryMix { key sales } members { newMembers returningMembers guestOrders } } }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } } }`;

type Stats = { p50: number; p95: number; max: number };
const stats = (samples: number[]): Stats => {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? Number.NaN };
};

export async function benchAdminDashboard(opts: { rounds: number; ticks: number }) {
  const db = await freshBenchDatabase(8);
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
    const login = async (username: string) => {
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation { staffLogin(input: { username: "${username}", password: "demo1234" }) { accessToken } }`,
        }),
      });
      return ((await res.json()) as { data: { staffLogin: { accessToken: string } } }).data.staffLogin.accessToken;
    };
    const call = async (token: string, query: string, variables: Record<string, unknown>) => {
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, { __typename?: string; orderId?: string }>; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data ?? {};
    };
    const owner = await login("owner");
    const summary: Record<string, Stats> = {};
    for (const range of ["TODAY", "LAST_7_DAYS", "LAST_30_DAYS"]) {
      const samples: number[] = [];
      for (let i = 0; i < opts.rounds; i++) {
        const t0 = performance.now();
        await call(owner, SUMMARY, { r: range });
        samples.push(performance.now() - t0);
      }
      summary[range] = stats(samples);
    }

    const prisma = db.database.prisma;
    const store = await prisma.store.findFirstOrThrow({ where: { code: "SH01" } });
    const register = await prisma.register.findFirstOrThrow({ where: { storeId: store.id } });
    const variant = await prisma.variant.findFirstOrThrow({
      where: { status: "ACTIVE", product: { status: "ACTIVE" }, stockLevels: { some: { locationId: store.id, onHand: { gte: 100 } } } },
    });
    const cashier = await login("cashier.sh");
    const ws = createClient({
      url: api.url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${owner}` },
    });
    const arrivals = new Map<string, number>();
    let notify: (() => void) | null = null;
    const dispose = ws.subscribe<{ salesUpdated: { orderId: string } }>(
      { query: "subscription { salesUpdated { orderId } }" },
      {
        next: (msg) => {
          const id = msg.data?.salesUpdated.orderId;
          if (id) arrivals.set(id, performance.now());
          notify?.();
        },
        error: () => {},
        complete: () => {},
      },
    );
    await new Promise((r) => setTimeout(r, 500));
    const delays: number[] = [];
    for (let i = 0; i < opts.ticks; i++) {
      const data = await call(cashier, SALE, {
        i: {
          clientSaleId: randomUUID(),
          storeId: store.id,
          registerId: register.id,
          lines: [{ variantId: variant.id, quantity: 1 }],
          tenders: [{ tender: "CASH", amount: variant.basePrice * 2 }],
        },
      });
      const answered = performance.now();
      const orderId = data.createPosSale?.orderId ?? "";
      const deadline = answered + 5000;
      while (!arrivals.has(orderId) && performance.now() < deadline) await new Promise<void>((r) => (notify = r));
      const at = arrivals.get(orderId);
      if (at !== undefined) delays.push(Math.max(0, at - answered));
    }
    dispose();
    await ws.dispose();
    return { summary, tick: { ...stats(delays), received: delays.length, sent: opts.ticks } };
  } finally {
    await api.close();
    await db.drop();
  }
}
