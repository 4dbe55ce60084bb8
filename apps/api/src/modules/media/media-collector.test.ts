import { utimes } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import { DEMO_PICTURE_TYPE as PNG, demoProductImage } from "../../seed/demo-images.ts";
import type { FsMediaStore } from "./fs-media-store.ts";

const DAY_MS = 86_400_000;
const SET_IMAGES = `mutation($productId: ID!, $images: [ProductImageInput!]!) { setProductImages(productId: $productId, images: $images) { id } }`;

let env: TestEnv;
let owner: TestClient;
let store: FsMediaStore;
let base: string;
let picture = 100;

/** A fresh stored picture; `daysAgo` backdates when it was stored. */
async function stored(daysAgo = 0): Promise<{ key: string; url: string }> {
  const { key, url } = await store.put(demoProductImage(picture++), PNG);
  const at = new Date(Date.now() - daysAgo * DAY_MS);
  await utimes(path.join(store.dir, key.slice(0, 2), key), at, at);
  return { key, url };
}

const served = async (url: string) => (await fetch(`${base}${url}`)).status;

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  store = env.api.services.media as FsMediaStore;
  base = env.api.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await env?.close();
});

describe("collecting unused media", () => {
  it("deletes old files nothing refers to and keeps attached, referenced and recent ones", async () => {
    const product = await env.db.productImage.findFirstOrThrow({ select: { productId: true } });
    const attached = await stored(2);
    await owner.ok(SET_IMAGES, { productId: product.productId, images: [{ url: attached.url }] });
    const banner = await stored(2);
    const campaign = await env.db.campaign.findFirstOrThrow({ select: { id: true } });
    // A banner may name the file by the API's absolute URL.
    await env.db.campaign.update({ where: { id: campaign.id }, data: { bannerUrl: `https://api.shop.example${banner.url}` } });
    const logo = await stored(3);
    const brand = await env.db.brand.findFirstOrThrow({ select: { id: true } });
    await env.db.brand.update({ where: { id: brand.id }, data: { logoUrl: logo.url } });
    const abandoned = await stored(2);
    const waiting = await stored(0); // uploaded in an editor that has not saved yet

    const pass = await env.api.services.mediaCollector.collect();

    expect(pass.removed).toEqual([abandoned.key]);
    expect(await served(abandoned.url)).toBe(404);
    for (const kept of [attached, banner, logo, waiting]) expect(await served(kept.url), kept.url).toBe(200);
    // Nothing left to take: a second pass removes nothing.
    expect((await env.api.services.mediaCollector.collect()).removed).toEqual([]);
  });

  it("keeps an old file that was stored again, and takes a picture once it is removed from its product", async () => {
    const reuploaded = await stored(5);
    await store.put(demoProductImage(picture - 1), PNG); // the same bytes uploaded again today
    const product = await env.db.productImage.findFirstOrThrow({ select: { productId: true } });
    const dropped = await stored(2);
    await owner.ok(SET_IMAGES, { productId: product.productId, images: [{ url: dropped.url }] });
    expect((await env.api.services.mediaCollector.collect()).removed).not.toContain(dropped.key);

    await owner.ok(SET_IMAGES, { productId: product.productId, images: [] });
    const pass = await env.api.services.mediaCollector.collect();
    expect(pass.removed).toContain(dropped.key);
    expect(pass.removed).not.toContain(reuploaded.key);
    expect(await served(reuploaded.url)).toBe(200);
  });
});
