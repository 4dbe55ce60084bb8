// Shared steps of the till's browser tests: sign in, choose the register, open a shift, scan like a wedge scanner.
import type { Page } from "playwright-core";
import type { BrowserEnv } from "../harness.ts";

/** Types a code the way a keyboard-wedge scanner does: fast keystrokes, then Enter. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 4 });
  await page.keyboard.press("Enter");
}

/** Signs in with username and password (and takes the login screenshot when asked). */
export async function signIn(h: BrowserEnv, page: Page, username: string, shot?: string): Promise<void> {
  await page.goto(`${h.appUrl.pos}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
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

/** The items of the open sale on screen. */
export function cartLines(page: Page) {
  return page.getByRole("list", { name: "订单商品" }).getByRole("listitem");
}

/** Text of the element, trimmed (empty when missing). */
export async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? "").replace(/\s+/g, " ").trim();
}
