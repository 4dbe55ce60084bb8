import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import { DEMO_PICTURE_TYPE, demoProductImage } from "../../seed/demo-images.ts";
import { MAX_MEDIA_BYTES } from "../media/media-store.ts";

// A 1×1 PNG; `variant` changes a byte of the image data region so each test can have its own content address.
const PNG_1X1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const png = (variant = 0) => Buffer.concat([PNG_1X1, Buffer.from([variant])]);
const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

const SET_IMAGES = `mutation($productId: ID!, $images: [ProductImageInput!]!) {
  setProductImages(productId: $productId, images: $images) { id images { id url alt sortOrder } }
}`;
const IMAGES = `query($id: ID!) { product(id: $id) { images { url alt sortOrder } } }`;

type UploadAnswer = {
  status: number;
  headers: Headers;
  body: { url?: string; key?: string; contentType?: string; size?: number; errors?: { extensions: { code: string } }[] };
};

let env: TestEnv;
let owner: TestClient;
let base: string;
let productId: string;

async function upload(bytes: Buffer, token: string | null, contentType = "image/png"): Promise<UploadAnswer> {
  const res = await fetch(`${base}/media`, {
    method: "POST",
    headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: bytes,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as UploadAnswer["body"] };
}

const codeOf = (answer: UploadAnswer) => answer.body.errors?.[0]?.extensions.code;
const imagesOf = async (id: string) =>
  (await env.db.productImage.findMany({ where: { productId: id }, orderBy: { sortOrder: "asc" } })).map((i) => ({
    url: i.url,
    alt: i.alt,
  }));

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as("owner");
  base = env.api.url.replace(/\/graphql$/, "");
  // A product with a seeded picture, so keeping seeded images is covered. The test seed stores no files, so this
  // server has never stored the picture behind that URL.
  const seeded = await env.db.productImage.findFirstOrThrow({ where: { url: { startsWith: "/media/" } } });
  productId = seeded.productId;
});
afterAll(async () => {
  await env?.close();
});

describe("POST /media", () => {
  it("stores a PNG by its sha256 and serves it with its type, nosniff and an immutable cache header", async () => {
    const bytes = png(1);
    const answer = await upload(bytes, owner.token, "application/octet-stream");
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ url: `/media/${sha}.png`, key: `${sha}.png`, contentType: "image/png", size: bytes.length });
    // The same bytes again: the same address, one copy.
    expect((await upload(bytes, owner.token)).body.url).toBe(answer.body.url);

    const served = await fetch(`${base}${answer.body.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    const again = await fetch(`${base}${answer.body.url}`, { headers: { "if-none-match": served.headers.get("etag") ?? "" } });
    expect(again.status).toBe(304);

    const audit = await env.db.auditLog.findFirst({ where: { action: "media.upload", entityId: `${sha}.png` } });
    expect(audit).toMatchObject({ actorType: "STAFF", entityType: "Media" });
  });

  it("takes GIF whatever the declared type, and answers 404 for unknown or malformed media names", async () => {
    const gif = await upload(GIF, owner.token, "image/png");
    expect(gif.status).toBe(201);
    expect(gif.body.contentType).toBe("image/gif");
    expect(gif.body.url).toMatch(/^\/media\/[0-9a-f]{64}\.gif$/);
    expect((await fetch(`${base}/media/${"0".repeat(64)}.png`)).status).toBe(404);
    expect((await fetch(`${base}/media/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it("refuses SVG and HTML renamed .png with MEDIA_TYPE_NOT_ALLOWED, storing nothing", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    for (const [bytes, type] of [
      [svg, "image/svg+xml"],
      [html, "image/png"],
      [Buffer.alloc(0), "image/png"],
    ] as const) {
      const answer = await upload(bytes, owner.token, type);
      expect(answer.status).toBe(415);
      expect(codeOf(answer)).toBe("MEDIA_TYPE_NOT_ALLOWED");
    }
    const sha = createHash("sha256").update(html).digest("hex");
    expect((await fetch(`${base}/media/${sha}.png`)).status).toBe(404);
    expect(await env.db.auditLog.count({ where: { action: "media.upload", entityId: { startsWith: sha } } })).toBe(0);
  });

  it("refuses a file over 5 MB with MEDIA_TOO_LARGE, storing nothing", async () => {
    const big = Buffer.concat([PNG_1X1, Buffer.alloc(MAX_MEDIA_BYTES + 1 - PNG_1X1.length)]);
    const answer = await upload(big, owner.token);
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe("MEDIA_TOO_LARGE");
    const sha = createHash("sha256").update(big).digest("hex");
    expect((await fetch(`${base}/media/${sha}.png`)).status).toBe(404);
  });

  it("needs a signed-in staff member with catalog:write", async () => {
    expect(codeOf(await upload(png(2), null))).toBe("UNAUTHENTICATED");
    expect((await upload(png(2), "forged.token")).status).toBe(401);
    for (const username of ["cashier.sh", "marketing"]) {
      const answer = await upload(png(2), (await env.as(username)).token);
      expect(answer.status).toBe(403);
      expect(codeOf(answer)).toBe("FORBIDDEN");
    }
    const member = await env.asMember("13800138000");
    expect(codeOf(await upload(png(2), member.token))).toBe("FORBIDDEN");
    const sha = createHash("sha256").update(png(2)).digest("hex");
    expect((await fetch(`${base}/media/${sha}.png`)).status).toBe(404);
    expect((await upload(png(2), (await env.as("manager.sh")).token)).status).toBe(201);
  });
});

describe("setProductImages", () => {
  it("attaches uploads after the seeded picture, sets alt texts, reorders and removes, with audit rows", async () => {
    const seeded = await imagesOf(productId);
    expect(seeded).toHaveLength(1);
    const seededUrl = seeded[0]?.url as string;
    const a = (await upload(png(10), owner.token)).body.url as string;
    const b = (await upload(png(11), owner.token)).body.url as string;

    const attached = await owner.ok(SET_IMAGES, {
      productId,
      images: [{ url: seededUrl, alt: seeded[0]?.alt }, { url: a, alt: "  正面  " }, { url: b }],
    });
    expect(
      attached.setProductImages.images.map((i: { url: string; alt: string | null; sortOrder: number }) => [i.url, i.alt, i.sortOrder]),
    ).toEqual([
      [seededUrl, seeded[0]?.alt, 0],
      [a, "正面", 1],
      [b, null, 2],
    ]);

    // Reorder (b first), change an alt text, drop the seeded picture.
    await owner.ok(SET_IMAGES, {
      productId,
      images: [
        { url: b, alt: "侧面" },
        { url: a, alt: "正面" },
      ],
    });
    expect(await imagesOf(productId)).toEqual([
      { url: b, alt: "侧面" },
      { url: a, alt: "正面" },
    ]);
    expect((await env.anon.ok(IMAGES, { id: productId })).product.images).toEqual([
      { url: b, alt: "侧面", sortOrder: 0 },
      { url: a, alt: "正面", sortOrder: 1 },
    ]);
    const audit = await env.db.auditLog.findFirstOrThrow({
      where: { action: "product.images", entityId: productId },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.before).toEqual({ images: [seeded[0], { url: a, alt: "正面" }, { url: b, alt: null }] });
    expect(audit.after).toEqual({
      images: [
        { url: b, alt: "侧面" },
        { url: a, alt: "正面" },
      ],
    });

    // A removed seeded URL cannot come back while this server does not hold its file: only stored media are attached.
    const back = await owner.gql(SET_IMAGES, { productId, images: [{ url: seededUrl }] });
    expect(TestClient.code(back)).toBe("BAD_USER_INPUT");

    await owner.ok(SET_IMAGES, { productId, images: [] });
    expect(await imagesOf(productId)).toEqual([]);
  });

  it("refuses foreign, unknown and repeated URLs and more than 12 images, changing nothing", async () => {
    const mine = (await upload(png(20), owner.token)).body.url as string;
    await owner.ok(SET_IMAGES, { productId, images: [{ url: mine, alt: "原图" }] });
    const before = await imagesOf(productId);
    const auditsBefore = await env.db.auditLog.count({ where: { action: "product.images" } });
    const cases: { images: { url: string; alt?: string }[]; field: string }[] = [
      { images: [{ url: mine }, { url: "https://evil.example/x.png" }], field: "images.1.url" },
      { images: [{ url: "/images/products/not-on-this-product.svg" }], field: "images.0.url" },
      { images: [{ url: `/media/${"a".repeat(64)}.png` }], field: "images.0.url" },
      { images: [{ url: "/media/../../etc/passwd" }], field: "images.0.url" },
      { images: [{ url: mine }, { url: mine }], field: "images.1.url" },
      { images: Array.from({ length: 13 }, () => ({ url: mine })), field: "images" },
      { images: [{ url: mine, alt: "x".repeat(201) }], field: "images.0.alt" },
    ];
    for (const { images, field } of cases) {
      const result = await owner.gql(SET_IMAGES, { productId, images });
      expect(TestClient.code(result), field).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.extensions?.fieldErrors?.map((f) => f.field)).toContain(field);
    }
    expect(TestClient.code(await owner.gql(SET_IMAGES, { productId: "no-such-product", images: [] }))).toBe("NOT_FOUND");
    expect(await imagesOf(productId)).toEqual(before);
    expect(await env.db.auditLog.count({ where: { action: "product.images" } })).toBe(auditsBefore);
  });

  it("is for staff with catalog:write only", async () => {
    const before = await imagesOf(productId);
    expect(TestClient.code(await env.anon.gql(SET_IMAGES, { productId, images: [] }))).toBe("UNAUTHENTICATED");
    expect(TestClient.code(await (await env.as("cashier.sh")).gql(SET_IMAGES, { productId, images: [] }))).toBe("FORBIDDEN");
    expect(TestClient.code(await (await env.asMember("13800138000")).gql(SET_IMAGES, { productId, images: [] }))).toBe("FORBIDDEN");
    expect(await imagesOf(productId)).toEqual(before);
  });
});

describe("the demo seed's pictures", () => {
  it("are PNGs whose content addresses are the seeded image URLs, so npm start's store serves every one", async () => {
    const rows = await env.db.productImage.findMany({ where: { url: { startsWith: "/media/" } }, select: { url: true } });
    expect(rows.length).toBeGreaterThan(10);
    // What npm start and db:seed do: put the pictures the seed drew into the media store.
    for (let i = 0; i < rows.length; i++) await env.api.services.media.put(demoProductImage(i), DEMO_PICTURE_TYPE);
    for (const { url } of rows) {
      const served = await fetch(`${base}${url}`);
      expect(served.status, url).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/png");
      await served.arrayBuffer();
    }
  });
});
