// The till prints through the local hardware bridge: a cash sale rung up in the browser reaches a (fake) network
// printer on TCP as ESC/POS bytes that decode to the receipt, with the drawer pulse; the drawer key alone pulses it.
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MERCHANT_SETTINGS } from "../../../apps/api/src/seed/demo-merchant.ts";
import { type BridgeServer, createBridgeServer } from "../../../apps/pos/bridge/bridge-server.ts";
import { type DecodedReceipt, decodeEscPos } from "../../../apps/pos/src/features/hardware/escpos/escpos-decoder.ts";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { nextCustomer, payCash, scan, signInToTill } from "../pos-offline/till-driver.ts";

/** A network receipt printer on loopback that keeps every job it receives. */
function fakePrinter(): Promise<{ server: Server; port: number; jobs: Buffer[] }> {
  const jobs: Buffer[] = [];
  const server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => {
      if (chunks.length) jobs.push(Buffer.concat(chunks)); // status probes connect and send nothing
    });
    socket.on("error", () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0, jobs });
    });
  });
}

async function nextJob(jobs: Buffer[], seen: number): Promise<DecodedReceipt> {
  const deadline = Date.now() + 15_000;
  while (jobs.length <= seen) {
    if (Date.now() > deadline) throw new Error("the printer received nothing");
    await new Promise((r) => setTimeout(r, 50));
  }
  return decodeEscPos(jobs[seen] as Buffer);
}

describe("POS receipt printing through the bridge", () => {
  let h: BrowserEnv;
  let printer: Awaited<ReturnType<typeof fakePrinter>>;
  let bridge: BridgeServer;
  let bridgeUrl: string;

  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["pos"] });
    printer = await fakePrinter();
    bridge = createBridgeServer({
      port: 0,
      host: "127.0.0.1",
      printerHost: "127.0.0.1",
      printerPort: printer.port,
      allowedOrigins: [h.appUrl.pos],
      printerTimeoutMs: 3000,
    });
    bridgeUrl = `http://127.0.0.1:${await bridge.listen()}`;
  });
  afterAll(async () => {
    await bridge?.close();
    printer?.server.close();
    await h?.close();
  });

  it("a cash sale prints the receipt (lines, total, tender, change, QR to the order) and kicks the drawer", async () => {
    const page = await h.newPage();
    await page.addInitScript((url) => window.localStorage.setItem("o2o.pos.bridge", url), bridgeUrl);
    await signInToTill(h.appUrl.pos, page);

    const storeId = h.env.demo.storeIds.shanghai;
    const items = await h.env.db.variant.findMany({
      where: {
        status: "ACTIVE",
        product: { status: "ACTIVE" },
        priceOverrides: { none: {} },
        stockLevels: { some: { locationId: storeId, onHand: { gte: 5 } } },
      },
      select: {
        sku: true,
        name: true,
        product: { select: { name: true } },
        barcodes: { where: { isPrimary: true }, select: { code: true } },
      },
      orderBy: { sku: "asc" },
      take: 2,
    });
    const seen = printer.jobs.length;
    for (const item of items) await scan(page, item.barcodes[0]?.code ?? item.sku);
    const done = await payCash(page);
    expect(done.title).toBe("收款成功");
    await page.getByText("小票已打印").waitFor();

    const receipt = await nextJob(printer.jobs, seen);
    const order = await h.env.db.order.findFirstOrThrow({
      where: { storeId, channel: { type: "POS" } },
      orderBy: { placedAt: "desc" },
      include: { lines: true, payments: true, store: true },
    });
    expect(done.number).toBe(order.number);
    const text = receipt.text.join("\n");
    // The merchant's receipt template (seeded) around the store's own details.
    const { headerLines, footerLines } = DEMO_MERCHANT_SETTINGS.receipt;
    expect(receipt.text.slice(0, headerLines.length + 1)).toEqual([...headerLines, order.store?.name]);
    expect(text).toContain(`电话: ${order.store?.phone}`);
    for (const line of footerLines) expect(receipt.text).toContain(line);
    expect(text).toContain(`单号: ${order.number}`);
    for (const line of order.lines) expect(text).toContain(line.sku);
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    expect(receipt.text).toContainEqual(expect.stringMatching(new RegExp(`^合计 +${yuan(order.total).replace(".", "\\.")}$`)));
    const cash = order.payments.find((p) => p.tender === "CASH");
    expect(receipt.text).toContainEqual(expect.stringMatching(new RegExp(`^现金 +${yuan(cash?.cashTendered ?? 0).replace(".", "\\.")}$`)));
    expect(receipt.qr).toEqual([order.number]);
    expect(receipt.cuts).toBe(1);
    expect(receipt.drawerKicks).toHaveLength(1);
    expect(receipt.unknown).toEqual([]);
    expect(text).not.toContain("培训模式");

    const journal = (await (await fetch(`${bridgeUrl}/jobs`)).json()) as { jobs: { kind: string; number: string; ok: boolean }[] };
    expect(journal.jobs.at(-1)).toMatchObject({ kind: "print", number: order.number, ok: true });
    await nextCustomer(page);
    await page.context().close();
  });

  it("reports the printer and refuses other origins", async () => {
    const status = (await (await fetch(`${bridgeUrl}/status`)).json()) as { printer: { reachable: boolean } };
    expect(status.printer.reachable).toBe(true);
    const foreign = await fetch(`${bridgeUrl}/drawer`, { method: "POST", headers: { origin: "http://evil.example" }, body: "{}" });
    expect(foreign.status).toBe(403);
    const seen = printer.jobs.length;
    const drawer = await fetch(`${bridgeUrl}/drawer`, { method: "POST", headers: { origin: h.appUrl.pos }, body: "{}" });
    expect(drawer.status).toBe(200);
    expect(drawer.headers.get("access-control-allow-origin")).toBe(h.appUrl.pos);
    const pulse = await nextJob(printer.jobs, seen);
    expect(pulse).toMatchObject({ text: [], cuts: 0, drawerKicks: [{ pin: 2 }] });
  });

  it("the customer display window shows what the till publishes", async () => {
    const till = await h.newPage();
    await signInToTill(h.appUrl.pos, till);
    const display = await till.context().newPage();
    await display.goto(`${h.appUrl.pos}/display`);
    await display.getByText("等待收银台连接…").or(display.getByText("欢迎光临")).first().waitFor();
    await till.evaluate(() => {
      const hook = window.__posTest as unknown as { publishDisplay(state: unknown): void };
      hook.publishDisplay({
        kind: "cart",
        storeName: "上海南京路店",
        memberName: "李女士",
        lines: [{ name: "纯棉圆领短袖T恤", detail: "米白/M", quantity: 2, unitPrice: 3900, lineTotal: 7800 }],
        subtotal: 7800,
        discountTotal: 780,
        total: 7020,
      });
    });
    await display.getByText("纯棉圆领短袖T恤").waitFor();
    await display.getByText("¥70.20").waitFor();
    await display.getByText("会员: 李女士").waitFor();
    await h.screenshot(display, "pos-customer-display");
    await till.evaluate(() => {
      const hook = window.__posTest as unknown as { publishDisplay(state: unknown): void };
      hook.publishDisplay({ kind: "paid", storeName: "上海南京路店", total: 7020, change: 2980 });
    });
    await display.getByText("支付成功").waitFor();
    await display.getByText("¥29.80").waitFor();
    await till.context().close();
  });

  it("says so when the printer is off", async () => {
    printer.server.close();
    const res = await fetch(`${bridgeUrl}/drawer`, { method: "POST", body: "{}" });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, code: "PRINTER_UNREACHABLE" });
  });
});
