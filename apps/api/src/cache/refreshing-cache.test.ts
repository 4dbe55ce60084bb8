import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RefreshingCache } from "./refreshing-cache.ts";

describe("RefreshingCache", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  const counter = () => {
    let n = 0;
    return { load: () => Promise.resolve(++n), loads: () => n };
  };

  it("loads once for a burst of readers, keeps the value while fresh", async () => {
    const cache = new RefreshingCache<string, number>(5_000, 30_000);
    const c = counter();
    const values = await Promise.all([cache.get("a", c.load), cache.get("a", c.load), cache.get("a", c.load)]);
    expect(values).toEqual([1, 1, 1]);
    vi.setSystemTime(4_999);
    expect(await cache.get("a", c.load)).toBe(1);
    expect(c.loads()).toBe(1);
  });

  it("past fresh, answers with the kept value at once and reloads once in the background", async () => {
    const cache = new RefreshingCache<string, number>(5_000, 30_000);
    const c = counter();
    await cache.get("a", c.load);
    vi.setSystemTime(6_000);
    expect(await Promise.all([cache.get("a", c.load), cache.get("a", c.load)])).toEqual([1, 1]);
    expect(c.loads()).toBe(2);
    await Promise.resolve();
    expect(await cache.get("a", c.load)).toBe(2);
  });

  it("past the maximum age, readers wait for the reload; an eviction or a failed load is not kept", async () => {
    const cache = new RefreshingCache<string, number>(5_000, 30_000);
    const c = counter();
    await cache.get("a", c.load);
    vi.setSystemTime(31_000);
    expect(await cache.get("a", c.load)).toBe(2);
    cache.evict("a");
    expect(await cache.get("a", c.load)).toBe(3);
    await expect(cache.get("b", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("b", c.load)).toBe(4);
  });
});
