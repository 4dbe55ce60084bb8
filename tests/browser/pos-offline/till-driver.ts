// Drives the till the way a cashier does (sign in, pick the register, open the shift, scan, take cash), for the POS
// offline and hardware browser tests. ?posTestHook=1 also exposes the offline engine as window.__posTest.
import type { Page } from "playwright-core";

export type QueuedSaleRecord = {
  clientSaleId: string;
  status: string;
  expectedTotal: number;
  input: { lines: { variantId?: string | null; barcode?: string | null; quantity: number }[]; memberId?: string | null };
};

export type PosTestHook = {
  submitSale(input: unknown, options?: unknown): Promise<{ status: string; clientSaleId?: string; order?: { orderId: string } }>;
  syncNow(): Promise<{ recorded: number; replayed: number; conflicts: number; left: number; reachable: boolean }>;
  queuedSales(): Promise<QueuedSaleRecord[]>;
  enqueueSale(sale: QueuedSaleRecord): Promise<void>;
  syncCatalog(storeId: string, options?: { full?: boolean }): Promise<{ variants: number; members: number; full: boolean; ms: number }>;
  lookupBarcode(code: string): Promise<{ variantId: string; unitPrice: number } | null>;
  newClientSaleId(): string;
};

declare global {
  interface Window {
    __posTest?: PosTestHook;
  }
}

/** `pos` is the till app's base URL (h.appUrl.pos). */
export async function signInToTill(pos: string, page: Page, username = "cashier.sh"): Promise<void> {
  await page.goto(`${pos}/login?posTestHook=1`);
  await page.getByLabel("用户名").fill(username);
  await page.getByRole("tab", { name: "密码登录" }).click();
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByText("1 号收银台").click();
  await page.getByRole("button", { name: "开始收银" }).click();
  const openShift = page.getByRole("button", { name: "开班", exact: true });
  const search = page.getByRole("searchbox", { name: "搜索商品" });
  await openShift.or(search).first().waitFor();
  if (await openShift.isVisible()) await openShift.click();
  await search.waitFor();
  await page.waitForFunction(() => Boolean(window.__posTest));
}

/** Waits until the till holds a local snapshot of the catalogue (it loads in the background after sign-in). */
export async function waitForSnapshot(page: Page, code: string): Promise<void> {
  await page.waitForFunction(async (c) => {
    const meta = await new Promise<unknown>((resolve) => {
      const open = indexedDB.open("o2o-pos");
      open.onsuccess = () => {
        try {
          const get = open.result.transaction("meta").objectStore("meta").get("snapshot");
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => resolve(null);
        } catch {
          resolve(null);
        }
      };
      open.onerror = () => resolve(null);
    });
    return Boolean(meta) && (await window.__posTest?.lookupBarcode(c)) !== null;
  }, code);
}

/**
 * A keyboard-wedge scanner: a burst of key presses ending with Enter, sent to whatever has the focus, a few ms apart
 * (driving them one by one from the test process is too slow on a busy machine to look like a scanner).
 */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  await page.evaluate(async (text) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...text, "Enter"]) {
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent("keyup", { key, bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 2));
    }
  }, code);
}

/** Scans an item and waits for the cart's item count to change. */
export async function scan(page: Page, code: string): Promise<void> {
  const count = page.getByRole("region", { name: "当前订单" }).getByText(/共 \d+ 件/);
  const before = await count.textContent();
  await wedgeScan(page, code);
  const deadline = Date.now() + 10_000;
  while ((await count.textContent()) === before) {
    if (Date.now() > deadline) {
      const notice = await page.getByRole("status").allTextContents();
      throw new Error(`scanning ${code} added nothing to the cart (${notice.join(" | ")})`);
    }
    await page.waitForTimeout(30);
  }
}

/** Pays the whole amount in cash with the first quick-cash button and completes the sale; returns the done dialog. */
export async function payCash(page: Page): Promise<{ title: string; number: string }> {
  await page.getByRole("button", { name: /收款/ }).last().click();
  const pay = page.getByRole("dialog", { name: "收款" });
  await pay.getByRole("group", { name: "快捷现金" }).getByRole("button").first().click();
  await pay.getByRole("button", { name: "完成收款" }).click();
  const done = page.getByRole("dialog").filter({ hasText: "下一位顾客" });
  await done.waitFor();
  const title = (await done.getByRole("heading").first().textContent()) ?? "";
  const number = (await done.locator(".done-number").textContent()) ?? "";
  return { title, number };
}

export async function nextCustomer(page: Page): Promise<void> {
  await page.getByRole("button", { name: "下一位顾客" }).click();
  await page.getByRole("dialog").filter({ hasText: "下一位顾客" }).waitFor({ state: "detached" });
}
