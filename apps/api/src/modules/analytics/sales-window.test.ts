import { describe, expect, it } from "vitest";
import { fillSeries, localLabel, salesWindow, utcOffsetMinutes } from "./sales-window.ts";

describe("sales window", () => {
  it("knows China is eight hours ahead of UTC all year", () => {
    expect(utcOffsetMinutes("Asia/Shanghai", new Date("2026-01-15T12:00:00Z"))).toBe(480);
    expect(utcOffsetMinutes("Asia/Shanghai", new Date("2026-07-15T12:00:00Z"))).toBe(480);
    expect(utcOffsetMinutes("UTC", new Date("2026-07-15T12:00:00Z"))).toBe(0);
  });

  it.each([
    // 01:30 local on the 25th is still the 24th in UTC: today starts at 16:00 UTC of the 24th.
    ["TODAY", "2026-11-24T17:30:00Z", "2026-11-24T16:00:00.000Z", 2, "hour"],
    ["TODAY", "2026-11-24T15:59:00Z", "2026-11-23T16:00:00.000Z", 24, "hour"],
    ["LAST_7_DAYS", "2026-11-24T05:00:00Z", "2026-11-17T16:00:00.000Z", 7, "day"],
    ["LAST_30_DAYS", "2026-11-24T05:00:00Z", "2026-10-25T16:00:00.000Z", 30, "day"],
  ] as const)("%s at %s starts at %s with %i %s buckets", (range, now, from, count, bucket) => {
    const w = salesWindow(range, new Date(now), "Asia/Shanghai");
    expect(w.from.toISOString()).toBe(from);
    expect(w.labels).toHaveLength(count);
    expect(w.bucket).toBe(bucket);
  });

  it("labels buckets in local time", () => {
    expect(localLabel(new Date("2026-11-24T17:30:00Z"), 480, "hour")).toBe("2026-11-25T01");
    expect(localLabel(new Date("2026-11-24T17:30:00Z"), 480, "day")).toBe("2026-11-25");
    expect(salesWindow("TODAY", new Date("2026-11-24T17:30:00Z"), "Asia/Shanghai").labels).toEqual(["2026-11-25T00", "2026-11-25T01"]);
  });

  it("fills the hours without sales with zeros", () => {
    const filled = fillSeries(["a", "b", "c"], [{ label: "b", sales: 5 }], (label) => ({ label, sales: 0 }));
    expect(filled).toEqual([
      { label: "a", sales: 0 },
      { label: "b", sales: 5 },
      { label: "c", sales: 0 },
    ]);
  });
});
