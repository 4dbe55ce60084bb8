// Shared steps of the admin console browser tests: signing in through the login form, the way staff do.
import type { Page } from "playwright-core";
import type { BrowserEnv } from "../harness.ts";

/** Signs in on /login with the demo password and waits for the console shell (or the till-only notice). */
export async function signIn(h: BrowserEnv, page: Page, username: string, path = "/"): Promise<void> {
  await page.goto(`${h.appUrl.admin}/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Goes to a console path in the same signed-in tab (a client-side session: no reload needed, but allowed). */
export async function open(h: BrowserEnv, page: Page, path: string): Promise<void> {
  await page.goto(`${h.appUrl.admin}${path}`);
}
