// Browser tests: a fresh seeded database and a real API (the API test environment), production builds of the apps
// served by `next start` and pointed at that API at runtime, and Debian's Chromium driven by playwright-core.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { repoRoot } from "../../apps/api/src/db/database-target.ts";
import { createTestEnv, type TestEnv } from "../../apps/api/test/test-env.ts";
import { type AppName, ensureAppBuilt } from "./app-build.ts";
import { startApp, stopApp } from "./app-server.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOT_DIR = path.join(repoRoot, "docs", "screenshots");

export type BrowserEnv = {
  /** The API test environment: API clients as any role, the Prisma client, the captured SMS codes. */
  env: TestEnv;
  /** Base URL of each started app, e.g. http://127.0.0.1:41234 */
  appUrl: Record<AppName, string>;
  browser: Browser;
  /** A page in a fresh browser context (own cookies and storage). Defaults: 1280×800, zh-CN. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Uncaught page errors seen so far, by any page of this environment. */
  pageErrors: string[];
  /** Saves docs/screenshots/<name>.png when UPDATE_SCREENSHOTS=1; otherwise does nothing. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
};

/** Starts the API on a fresh database, the listed apps against it, and a headless Chromium. */
export async function startBrowserEnv(options: { apps: AppName[]; apiEnv?: Record<string, string> }): Promise<BrowserEnv> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH} (install it with: apt-get install -y chromium fonts-noto-cjk fonts-noto-color-emoji).`,
    );
  }
  const builds = Promise.all(options.apps.map(ensureAppBuilt));
  const env = await createTestEnv(options.apiEnv);
  const children: ChildProcess[] = [];
  let browser: Browser | undefined;
  try {
    await builds;
    const appUrl = {} as Record<AppName, string>;
    for (const app of options.apps) {
      const started = await startApp(app, env.api.url);
      children.push(started.child);
      appUrl[app] = started.url;
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--autoplay-policy=no-user-gesture-required",
      ],
    });
    const pageErrors: string[] = [];
    const openBrowser = browser;
    return {
      env,
      appUrl,
      browser: openBrowser,
      pageErrors,
      async newPage(contextOptions = {}) {
        const context = await openBrowser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN", ...contextOptions });
        const page = await context.newPage();
        page.on("pageerror", (error) => pageErrors.push(error.message));
        return page;
      },
      async screenshot(page, name, shotOptions = {}) {
        if (process.env.UPDATE_SCREENSHOTS !== "1") return;
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: shotOptions.fullPage ?? false });
      },
      async close() {
        await openBrowser.close().catch(() => {});
        for (const child of children) stopApp(child);
        await env.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    for (const child of children) stopApp(child);
    await env.close();
    throw error;
  }
}
