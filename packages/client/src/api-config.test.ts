import { afterEach, describe, expect, it } from "vitest";
import { healthUrl, mediaUploadUrl, mediaUrl } from "./api-config";

const original = process.env.O2O_API_URL;
afterEach(() => {
  process.env.O2O_API_URL = original;
});

describe("API routes beside /graphql", () => {
  it("resolves uploads against the API's origin and leaves the app's own paths and absolute URLs alone", () => {
    process.env.O2O_API_URL = "http://api.example:4000/graphql";
    expect(mediaUrl("/media/abc.png")).toBe("http://api.example:4000/media/abc.png");
    expect(mediaUrl("/images/products/T-1.svg")).toBe("/images/products/T-1.svg");
    expect(mediaUrl("https://cdn.example/x.jpg")).toBe("https://cdn.example/x.jpg");
    expect(mediaUploadUrl()).toBe("http://api.example:4000/media");
    expect(healthUrl()).toBe("http://api.example:4000/healthz");
  });

  it("keeps a path prefix the API is mounted under", () => {
    process.env.O2O_API_URL = "https://shop.example/api/graphql";
    expect(mediaUrl("/media/abc.webp")).toBe("https://shop.example/api/media/abc.webp");
    expect(healthUrl()).toBe("https://shop.example/api/healthz");
  });
});
