import { describe, expect, it } from "vitest";
import { dueScheduledChanges, type ScheduledPriceChange } from "./scheduled-price-changes.ts";

const at = new Date("2025-06-11T00:00:00Z");
const change = (id: string, effectiveAt: string, appliedAt: string | null = null): ScheduledPriceChange => ({
  id,
  variantId: "v1",
  newPrice: 100,
  effectiveAt: new Date(effectiveAt),
  appliedAt: appliedAt === null ? null : new Date(appliedAt),
});

describe("dueScheduledChanges", () => {
  it.each([
    ["due exactly now", [change("a", "2025-06-11T00:00:00Z")], ["a"]],
    ["not due 1ms later", [change("a", "2025-06-11T00:00:00.001Z")], []],
    ["applied already", [change("a", "2025-06-01T00:00:00Z", "2025-06-01T00:00:01Z")], []],
    [
      "ordered by effectiveAt then id",
      [change("c", "2025-06-10T00:00:00Z"), change("b", "2025-06-01T00:00:00Z"), change("a", "2025-06-10T00:00:00Z")],
      ["b", "a", "c"],
    ],
  ])("%s", (_name, changes, expectedIds) => {
    expect(dueScheduledChanges(changes, at).map((c) => c.id)).toEqual(expectedIds);
  });
});
