// Product images end to end: uploaded in the admin product editor (with a refused SVG), described, reordered and
// removed there, then shown by the storefront's product page and listing, served from the API's media route.
import { crc32, deflateSync } from "node:zlib";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { signIn } from "./admin-helpers.ts";

/** A solid-colour PNG of size×size pixels. */
function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => [r, g, b][i % 3] as number)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The image really loaded (a broken one has no natural width). */
async function loadedWidth(image: Locator): Promise<number> {
  await image.waitFor();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  return image.evaluate((img: HTMLImageElement) => img.naturalWidth);
}

describe("product images", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin", "storefront"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("uploads a PNG in the product editor and the storefront shows it", async () => {
    const product = await h.env.db.product.findFirstOrThrow({
      where: { status: "ACTIVE", images: { none: {} }, variants: { some: { status: "ACTIVE" } } },
      orderBy: { name: "asc" },
    });
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner", `/catalog/${product.id}`);
    const images = page.getByRole("region", { name: /商品图片/ });
    await images.getByText("还没有图片。").waitFor();

    // An SVG is refused by the API (magic bytes), with its reason on screen, and nothing is attached.
    await page.getByLabel("选择图片").setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    await images.getByText("不是 JPEG、PNG、WebP 或 GIF 图片，未上传。").waitFor();

    await page.getByLabel("选择图片").setInputFiles([
      { name: "red.png", mimeType: "image/png", buffer: solidPng(96, [220, 40, 40]) },
      { name: "blue.png", mimeType: "image/png", buffer: solidPng(64, [40, 80, 220]) },
    ]);
    expect(await loadedWidth(images.getByRole("img", { name: "图片 2" }))).toBe(64);
    expect(await loadedWidth(images.getByRole("img", { name: "图片 1" }))).toBe(96);
    const stored = () => h.env.db.productImage.findMany({ where: { productId: product.id }, orderBy: { sortOrder: "asc" } });
    expect((await stored()).map((i) => i.url)).toEqual([expect.stringMatching(/^\/media\/[0-9a-f]{64}\.png$/), expect.any(String)]);
    const [red, blue] = (await stored()).map((i) => i.url);

    // The blue one becomes the main image, gets a description; the red one is removed after a confirmation.
    await images.getByRole("button", { name: "图片 2 左移" }).click();
    await expect.poll(async () => (await stored()).map((i) => i.url)).toEqual([blue, red]);
    await images.getByLabel("图片 1 的说明文字").fill("蓝色方块");
    await images.getByLabel("图片 1 的说明文字").press("Tab");
    await expect.poll(async () => (await stored())[0]?.alt).toBe("蓝色方块");
    await h.screenshot(page, "admin-product-images");
    await images.getByRole("button", { name: "移除图片 2" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "移除" }).click();
    await expect.poll(async () => (await stored()).map((i) => i.url)).toEqual([blue]);
    expect(await loadedWidth(images.getByRole("img", { name: "蓝色方块" }))).toBe(64);

    // The storefront resolves /media/… against the API: on the product page and on a listing card.
    const shop = await h.newPage();
    await shop.goto(`${h.appUrl.storefront}/product/${product.id}`);
    const hero = shop.getByRole("img", { name: "蓝色方块" });
    expect(await loadedWidth(hero)).toBe(64);
    expect(await hero.getAttribute("src")).toBe(`${h.env.api.url.replace(/\/graphql$/, "")}${blue}`);
    await shop.goto(`${h.appUrl.storefront}/search?q=${encodeURIComponent(product.name)}`);
    // Once in CI the page held two matching images at the moment of the check (streamed HTML): any card will do.
    const card = shop.locator(`a[href="/product/${product.id}"] img`).first();
    expect(await loadedWidth(card)).toBe(64);
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
    await shop.context().close();
  });
});
