import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoCatalog } from "./demo-catalog.ts";
import type { DemoTiers } from "./demo-members.ts";
import type { DemoMerchant } from "./demo-merchant.ts";
import { daysFrom, insertInBatches, type SeedContext } from "./seed-context.ts";
import type { Random } from "./seed-random.ts";

/** The scope key PriceOverride is unique on: "c:<channelId>|s:<storeId>", empty parts for null. */
export function priceScopeKey(channelId: string | null, storeId: string | null): string {
  return `c:${channelId ?? ""}|s:${storeId ?? ""}`;
}

/** A price a shop would print: whole jiao below ¥10, whole yuan minus 10 分 (¥x.90) above. */
function shelfPrice(amount: number): number {
  if (amount < 1000) return Math.max(10, Math.round(amount / 10) * 10);
  return Math.round(amount / 100) * 100 - 10;
}

/** Same as shelfPrice but never equal to the base price, so an override is always visible. */
function differentPrice(base: number, factor: number): number {
  const price = shelfPrice(base * factor);
  return price === base ? base - 10 : price;
}

/**
 * Store prices in Beijing (20 variants), online prices (10), GOLD/DIAMOND member prices (30), the price history of
 * each override and two scheduled base-price cuts.
 */
export async function seedPrices(
  ctx: SeedContext,
  random: Random,
  refs: { catalog: DemoCatalog; merchant: DemoMerchant; tiers: DemoTiers; actorId: string },
): Promise<Record<string, number>> {
  const { db, ids, now } = ctx;
  const { merchant, tiers, actorId } = refs;
  const pool = random.shuffle(refs.catalog.variants.filter((v) => v.status === "ACTIVE"));
  const bjStoreId = merchant.stores.BJ01.id;
  const onlineChannelId = merchant.channels.ONLINE;

  const overrides: Prisma.PriceOverrideCreateManyInput[] = [];
  const changes: Prisma.PriceChangeCreateManyInput[] = [];
  const addOverride = (variant: (typeof pool)[number], channelId: string | null, storeId: string | null, factor: number) => {
    const price = differentPrice(variant.basePrice, factor);
    const effectiveAt = daysFrom(now, -random.int(3, 25));
    overrides.push({ id: ids(), variantId: variant.id, channelId, storeId, scopeKey: priceScopeKey(channelId, storeId), price });
    changes.push({
      id: ids(),
      variantId: variant.id,
      scope: storeId ? "STORE" : "CHANNEL",
      channelId,
      storeId,
      oldPrice: variant.basePrice,
      newPrice: price,
      effectiveAt,
      appliedAt: effectiveAt,
      status: "APPLIED",
      actorId,
      createdAt: effectiveAt,
    });
  };
  for (const variant of pool.slice(0, 20)) addOverride(variant, null, bjStoreId, random.pick([0.9, 0.95, 1.05, 1.1]));
  for (const variant of pool.slice(20, 30)) addOverride(variant, onlineChannelId, null, 0.9);

  const gold = tiers.GOLD.id;
  const diamond = tiers.DIAMOND.id;
  const tierPrices = pool.slice(30, 60).flatMap((variant) => [
    { id: ids(), variantId: variant.id, tierId: gold, price: differentPrice(variant.basePrice, 0.95) },
    { id: ids(), variantId: variant.id, tierId: diamond, price: differentPrice(variant.basePrice, 0.88) },
  ]);

  for (const [i, variant] of pool.slice(60, 62).entries()) {
    changes.push({
      id: ids(),
      variantId: variant.id,
      scope: "BASE",
      oldPrice: variant.basePrice,
      newPrice: differentPrice(variant.basePrice, 0.8),
      effectiveAt: daysFrom(now, i === 0 ? 3 : 10),
      status: "SCHEDULED",
      actorId,
    });
  }

  return {
    priceOverrides: await insertInBatches(overrides, (data) => db.priceOverride.createMany({ data })),
    tierPrices: await insertInBatches(tierPrices, (data) => db.tierPrice.createMany({ data })),
    priceChanges: await insertInBatches(changes, (data) => db.priceChange.createMany({ data })),
  };
}
