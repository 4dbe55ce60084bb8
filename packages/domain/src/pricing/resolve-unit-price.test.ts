import { describe, expect, it } from "vitest";
import { type PriceOverride, resolveUnitPrice, type TierPrice } from "./resolve-unit-price.ts";

const at = new Date("2025-06-11T04:00:00Z");
const before = new Date("2025-06-01T00:00:00Z");
const after = new Date("2025-07-01T00:00:00Z");

const channel: PriceOverride = { channelId: "ONLINE", price: 900 };
const store: PriceOverride = { storeId: "s1", price: 850 };
const storeChannel: PriceOverride = { storeId: "s1", channelId: "ONLINE", price: 950 };
const gold: TierPrice = { tierId: "gold", price: 800 };

describe("resolveUnitPrice", () => {
  it.each<[string, PriceOverride[], TierPrice[], { channelId?: string; storeId?: string; tierId?: string | null }, object]>([
    ["base only", [], [], {}, { price: 1000, listPrice: 1000, source: "BASE" }],
    ["channel override", [channel], [], {}, { price: 900, listPrice: 900, source: "CHANNEL" }],
    ["store beats channel", [channel, store], [], {}, { price: 850, listPrice: 850, source: "STORE" }],
    [
      "store+channel beats store even when dearer",
      [store, storeChannel, channel],
      [],
      {},
      { price: 950, listPrice: 950, source: "STORE_CHANNEL" },
    ],
    ["other channel ignored", [channel], [], { channelId: "POS" }, { price: 1000, listPrice: 1000, source: "BASE" }],
    ["other store ignored", [store], [], { storeId: "s2" }, { price: 1000, listPrice: 1000, source: "BASE" }],
    ["tier price when lower", [channel], [gold], { tierId: "gold" }, { price: 800, listPrice: 900, source: "TIER" }],
    [
      "tier price ignored when not lower",
      [{ ...store, price: 700 }],
      [gold],
      { tierId: "gold" },
      { price: 700, listPrice: 700, source: "STORE" },
    ],
    ["tier price for another tier", [], [gold], { tierId: "silver" }, { price: 1000, listPrice: 1000, source: "BASE" }],
    ["no tier, no tier price", [], [gold], { tierId: null }, { price: 1000, listPrice: 1000, source: "BASE" }],
    ["expired override ignored", [{ ...channel, endsAt: at }], [], {}, { price: 1000, listPrice: 1000, source: "BASE" }],
    ["future override ignored", [{ ...channel, startsAt: after }], [], {}, { price: 1000, listPrice: 1000, source: "BASE" }],
    [
      "override starting exactly now applies",
      [{ ...channel, startsAt: at, endsAt: after }],
      [],
      {},
      { price: 900, listPrice: 900, source: "CHANNEL" },
    ],
    [
      "latest started of equally specific overrides wins",
      [
        { ...channel, price: 700, startsAt: before },
        { ...channel, price: 920, startsAt: new Date("2025-06-10T00:00:00Z") },
      ],
      [],
      {},
      { price: 920, listPrice: 920, source: "CHANNEL" },
    ],
    [
      "same start: lowest price wins",
      [
        { ...channel, price: 930 },
        { ...channel, price: 910 },
      ],
      [],
      {},
      { price: 910, listPrice: 910, source: "CHANNEL" },
    ],
    ["unscoped override replaces base", [{ price: 990, startsAt: before }], [], {}, { price: 990, listPrice: 990, source: "BASE" }],
  ])("%s", (_name, overrides, tierPrices, context, expected) => {
    const result = resolveUnitPrice({
      basePrice: 1000,
      overrides,
      tierPrices,
      context: { channelId: "ONLINE", storeId: "s1", at, ...context },
    });
    expect(result).toEqual(expected);
  });

  it("does not depend on the order of overrides", () => {
    const overrides = [channel, store, storeChannel, { price: 990 }];
    const input = { basePrice: 1000, tierPrices: [], context: { channelId: "ONLINE", storeId: "s1", at } };
    const forward = resolveUnitPrice({ ...input, overrides });
    const backward = resolveUnitPrice({ ...input, overrides: [...overrides].reverse() });
    expect(forward).toEqual(backward);
  });
});
