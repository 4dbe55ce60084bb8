// POS client figures on PostgreSQL, measured in headless Chromium against the till's production build:
// - scan-to-line: a wedge scan (key burst + Enter) until the cart shows the line, with a ~5,000-SKU catalogue;
// - start-up: signing in on a fresh device until the offline snapshot of 50,000 SKUs is usable, and a full reload;
// - sync: delivering 500 sales queued offline once the API is back.
import { type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { type Browser, chromium, type Page } from "playwright-core";
import { ensureAppBuilt } from "../browser/app-build.ts";
import { freePort, startApp, stopApp } from "../browser/app-server.ts";
import { signInToTill } from "../browser/pos-offline/till-driver.ts";
import { startApiProcess } from "./api-process.ts";
import { freshBenchDatabase } from "./bench-database.ts";
import { percentile } from "./latency.ts";
import { addPosSkus, posSkuBarcode } from "./pos-client-catalog.ts";

const _root = path.resolve(import.meta.dirname, "../..");

export type PosClientBench = {
  scan: { skus: number; scans: number; p50: number; p99: number; max: number };
  startup: { skus: number; members: number; firstLoadMs: number; engineMs: number; fullReloadMs: number; apiOnlyMs: number; pages: number };
  sync: { sales: number; ms: number; perSecond: number; recorded: number; replayed: number };
};

/** Reads the snapshot bookkeeping the till keeps in IndexedDB. */
function snapshotMeta(page: Page): Promise<{ variantCount: number; memberCount: number } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open("o2o-pos");
        open.onsuccess = () => {
          try {
            const get = open.result.transaction("meta").objectStore("meta").get("snapshot");
            get.onsuccess = () => resolve(get.result ?? null);
            get.onerror = () => resolve(null);
          } catch {
            resolve(null);
          }
        };
        open.onerror = () => resolve(null);
      }),
  );
}

/** One scan measured inside the page: from the Enter that ends the burst until the cart's item count changes. */
function timedScan(page: Page, code: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve, reject) => {
        const region = [...document.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === "当前订单");
        if (!region) return reject(new Error("no cart"));
        const before = region.textContent;
        const target = document.activeElement ?? document.body;
        for (const key of text) target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
        let t0 = 0;
        const observer = new MutationObserver(() => {
          if (region.textContent !== before) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(region, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`scan of ${text} changed nothing`));
        }, 10_000);
        t0 = performance.now();
        target.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
      }),
    code,
  );
}

/** The snapshot pages alone, fetched from Node as the till does (5,000 rows a page): the API's share of start-up. */
async function timeSnapshotApi(apiUrl: string, storeId: string): Promise<{ ms: number; pages: number }> {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as {
      data?: Record<string, { accessToken?: string; endCursor?: string; hasNextPage?: boolean }>;
      errors?: unknown;
    };
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = await gql(`mutation($i: StaffLoginInput!) { staffLogin(input: $i) { accessToken } }`, {
    i: { username: "cashier.sh", password: "demo1234" },
  });
  const token = login.staffLogin?.accessToken;
  const t0 = performance.now();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data = await gql(
      `query($a: PosSnapshotArgs!) { posSnapshotVariants(args: $a) { rows endCursor hasNextPage } }`,
      { a: { storeId, first: 5000, after } },
      token,
    );
    pages++;
    const page = data.posSnapshotVariants;
    if (!page?.hasNextPage) break;
    after = page.endCursor ?? null;
  }
  return { ms: performance.now() - t0, pages };
}

async function voidCart(page: Page): Promise<void> {
  await page.getByRole("button", { name: "整单作废" }).first().click();
  await page.getByRole("dialog", { name: "整单作废？" }).getByRole("button", { name: "作废" }).click();
  await page.getByText("购物车是空的").waitFor();
}

export async function benchPosClient(opts: { scans?: number; sales?: number } = {}): Promise<PosClientBench> {
  const scans = opts.scans ?? 300;
  const salesToSync = opts.sales ?? 500;
  const build = ensureAppBuilt("pos");
  const db = await freshBenchDatabase(8);
  let api: { url: string; stop(): Promise<void> } | null = null;
  let app: { url: string; child: ChildProcess } | null = null;
  let browser: Browser | null = null;
  const client = new pg.Client({ connectionString: db.url });
  client.on("error", () => undefined); // dropping the database at the end cuts it off
  try {
    await client.connect();
    const merchantId = (await client.query<{ id: string }>(`SELECT id FROM "Merchant" ORDER BY "createdAt" LIMIT 1`)).rows[0]?.id ?? "";
    const demoSkus = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Variant"`)).rows[0]?.n ?? 0);
    // ~5,000 SKUs for the scan figures first; grown to 50,000 for start-up.
    const scanProducts = Math.round((5000 - demoSkus) / 4);
    await addPosSkus(client, merchantId, 1, scanProducts);

    api = await startApiProcess(db.url, await freePort());
    await build;
    app = await startApp("pos", api.url);
    browser = await chromium.launch({
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

    // Scan-to-line over ~5,000 SKUs.
    let context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
    let page = await context.newPage();
    await signInToTill(app.url, page);
    // Scans are timed once the local snapshot answers (before it, lookups go to the API).
    await page.waitForFunction(
      async (code) => {
        const meta = await new Promise((resolve) => {
          const open = indexedDB.open("o2o-pos");
          open.onsuccess = () => {
            const get = open.result.transaction("meta").objectStore("meta").get("snapshot");
            get.onsuccess = () => resolve(get.result ?? null);
            get.onerror = () => resolve(null);
          };
          open.onerror = () => resolve(null);
        });
        return meta !== null && (await window.__posTest?.lookupBarcode(code)) != null;
      },
      posSkuBarcode(1, 0),
      { timeout: 120_000 },
    );
    const scanSkus = demoSkus + scanProducts * 4;
    const samples: number[] = [];
    for (let i = 0; i < scans; i++) {
      if (i > 0 && i % 25 === 0) await voidCart(page);
      const g = 1 + ((i * 7919) % scanProducts);
      samples.push(await timedScan(page, posSkuBarcode(g, i % 4)));
    }
    samples.sort((a, b) => a - b);
    await context.close();

    // Start-up with 50,000 SKUs on a fresh device.
    const bigProducts = Math.round((50_000 - demoSkus) / 4);
    await addPosSkus(client, merchantId, scanProducts + 1, bigProducts);
    const skus = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Variant"`)).rows[0]?.n ?? 0);
    const members = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Member"`)).rows[0]?.n ?? 0);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
    page = await context.newPage();
    await signInToTill(app.url, page);
    const t0 = Date.now();
    for (;;) {
      const meta = await snapshotMeta(page);
      if (meta && meta.variantCount >= skus) break;
      if (Date.now() - t0 > 300_000) throw new Error("the snapshot did not load in 5 minutes");
      await page.waitForTimeout(50);
    }
    const firstLoadMs = Date.now() - t0;
    const storeId = await page.evaluate(() => JSON.parse(window.localStorage.getItem("o2o.pos.till") ?? "{}").storeId as string);
    const registerId = await page.evaluate(() => JSON.parse(window.localStorage.getItem("o2o.pos.till") ?? "{}").registerId as string);
    const engine = (await page.evaluate((id) => window.__posTest?.syncCatalog(id), storeId)) ?? { ms: 0 };
    const reload = (await page.evaluate((id) => window.__posTest?.syncCatalog(id, { full: true }), storeId)) ?? { ms: 0 };
    const apiOnly = await timeSnapshotApi(api.url, storeId);
    const countOrders = async () => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Order"`)).rows[0]?.n ?? 0);
    const ordersBefore = await countOrders();

    // 500 sales queued while the API is cut off, then delivered.
    const apiHost = new URL(api.url).host;
    const toApi = (url: URL) => url.host === apiHost;
    await page.route(toApi, (route) => route.abort("internetdisconnected"));
    const queued = await page.evaluate(
      async ({ n, storeId, registerId }) => {
        const hook = window.__posTest as unknown as {
          queueSale(input: unknown, soldAt: Date): Promise<{ status: string }>;
          newClientSaleId(): string;
        };
        let ok = 0;
        for (let i = 0; i < n; i++) {
          const code = `29${String(((i * 31) % 4000) + 5).padStart(11, "0")}`; // products 1..1000, every size
          const result = await hook.queueSale(
            {
              clientSaleId: hook.newClientSaleId(),
              storeId,
              registerId,
              lines: [{ barcode: code, quantity: 1 }],
              tenders: [{ tender: "CASH", amount: 100_000 }],
              couponCodes: [],
              pointsToRedeem: 0,
              training: false,
            },
            new Date(),
          );
          if (result.status === "queued") ok++;
        }
        return ok;
      },
      { n: salesToSync, storeId, registerId },
    );
    if (queued !== salesToSync) throw new Error(`only ${queued} of ${salesToSync} sales were queued`);
    await page.unroute(toApi);
    const s0 = Date.now();
    let replayed = 0;
    for (;;) {
      const report = await page.evaluate(() => window.__posTest?.syncNow());
      replayed += report?.replayed ?? 0;
      if (report && report.left === 0 && report.reachable) break;
      if (Date.now() - s0 > 600_000) throw new Error("sync did not finish in 10 minutes");
    }
    const syncMs = Date.now() - s0;
    const delivered = (await countOrders()) - ordersBefore;
    await context.close();

    return {
      scan: { skus: scanSkus, scans: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples.at(-1) ?? 0 },
      startup: { skus, members, firstLoadMs, engineMs: engine.ms, fullReloadMs: reload.ms, apiOnlyMs: apiOnly.ms, pages: apiOnly.pages },
      sync: { sales: salesToSync, ms: syncMs, perSecond: (salesToSync / syncMs) * 1000, recorded: delivered, replayed },
    };
  } finally {
    await client.end().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    if (app) stopApp(app.child);
    await api?.stop();
    await db.drop();
  }
}
