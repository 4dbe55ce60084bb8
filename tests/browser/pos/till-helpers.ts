// Shared steps of the till's browser tests: sign in, choose the register, open a shift, scan like a wedge scanner.
import type { Page } from "playwright-core";
import type { BrowserEnv } from "../harness.ts";

/** Types a code the way a keyboard-wedge scanner does: fast keystrokes, then Enter. */
export async function scan(page: Page, code: string): Promise<void> {
  // Injected keys are timestamped when the renderer handles them, so a renderer waking from idle can make the first
  // gap look like a person typing (a hardware scanner's keys carry the device's own timing). A Shift first, which the
  // detector ignores, wakes it the way a scanner's prefix would.
  await page.keyboard.press("Shift");
  await page.keyboard.type(code, { delay: 4 });
  await page.keyboard.press("Enter");
}

/** Signs in with username and PIN, the till's default (and takes the login screenshot when asked). */
export async function signIn(h: BrowserEnv, page: Page, username: string, shot?: string): Promise<void> {
  await page.goto(`${h.appUrl.pos}/login`);
  // Typing into the form before React has hydrated it would submit it natively.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("PIN 码", { exact: true }).fill("1234");
  if (shot) await h.screenshot(page, shot);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Picks the store and register by name on the setup screen and starts selling. */
export async function chooseTill(page: Page, storeName: string, registerName: string): Promise<void> {
  await page.getByRole("heading", { name: "选择门店与收银台" }).waitFor();
  const store = page.getByRole("radio", { name: new RegExp(storeName) });
  if (!(await store.isChecked())) await store.check({ force: true });
  await page.getByRole("radio", { name: new RegExp(registerName) }).check({ force: true });
  await page.getByRole("button", { name: "开始收银" }).click();
}

/** Opens the shift with a float in yuan. */
export async function openShift(page: Page, floatYuan: string): Promise<void> {
  await page.getByRole("heading", { name: "开班" }).waitFor();
  await page.getByLabel("备用金").fill(floatYuan);
  await page.getByRole("button", { name: "开班", exact: true }).click();
  await page.getByRole("list", { name: "订单商品" }).or(page.getByText("购物车是空的")).first().waitFor();
}

/**
 * Scans items one after the other, each time waiting for its line to show, as a cashier watches the screen; like a
 * cashier who hears no beep, it scans again once (a starved test machine can stall injected keys past any scanner's
 * pace, and the detector rightly refuses such a burst).
 */
export async function scanItems(page: Page, codes: readonly string[]): Promise<void> {
  for (const [i, code] of codes.entries()) {
    await scan(page, code);
    const line = cartLines(page).nth(i);
    if (
      !(await line.waitFor({ timeout: 4_000 }).then(
        () => true,
        () => false,
      ))
    ) {
      await scan(page, code);
      await line.waitFor();
    }
  }
}

/** Goes on selling on the register's open shift, or opens one with this float when there is none. */
export async function ensureShift(page: Page, floatYuan: string): Promise<void> {
  const open = page.getByRole("heading", { name: "开班" });
  await open.or(page.getByText("购物车是空的")).first().waitFor();
  if (await open.isVisible()) await openShift(page, floatYuan);
}

/** The items of the open sale on screen. */
export function cartLines(page: Page) {
  return page.getByRole("list", { name: "订单商品" }).getByRole("listitem");
}

/** Text of the element, trimmed (empty when missing). */
export async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? "").replace(/\s+/g, " ").trim();
}
