// The harness itself: every app's production build starts against a fresh API and renders its first screen, with the
// API location taken from the runtime configuration.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "./harness.ts";

describe("browser harness", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["storefront", "admin", "pos"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(["storefront", "admin", "pos"] as const)("%s is served and points at the test API", async (app) => {
    const page = await h.newPage();
    await page.goto(h.appUrl[app]);
    const config = await page.evaluate(() => (window as { __O2O_CONFIG__?: { apiUrl?: string } }).__O2O_CONFIG__);
    expect(config?.apiUrl).toBe(h.env.api.url);
    await page.context().close();
  });

  it("the storefront renders products from the API on the server", async () => {
    const html = await (await fetch(h.appUrl.storefront)).text();
    const products = await h.env.db.product.findMany({ where: { status: "ACTIVE" }, select: { name: true } });
    expect(products.some((p) => html.includes(p.name))).toBe(true);
  });
});
