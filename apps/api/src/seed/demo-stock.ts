import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoCatalog } from "./demo-catalog.ts";
import type { DemoMerchant } from "./demo-merchant.ts";
import { daysFrom, insertInBatches, type SeedContext } from "./seed-context.ts";
import type { Random } from "./seed-random.ts";

const LOW_STOCK_THRESHOLD = 5;

/**
 * Opening stock for every variant in every location, each with the RECEIPT movement that explains it. A few rows are
 * sold out and a few sit below their low-stock threshold, so the alerts have something to show.
 */
export async function seedStock(
  ctx: SeedContext,
  random: Random,
  refs: { catalog: DemoCatalog; merchant: DemoMerchant; actorId: string },
): Promise<Record<string, number>> {
  const { db, ids, now } = ctx;
  const receivedAt = daysFrom(now, -45);
  const levels: Prisma.StockLevelCreateManyInput[] = [];
  const movements: Prisma.StockMovementCreateManyInput[] = [];
  let row = 0;
  for (const variant of refs.catalog.variants) {
    for (const store of Object.values(refs.merchant.stores)) {
      row += 1;
      const threshold = random.chance(0.3) ? LOW_STOCK_THRESHOLD : null;
      let onHand = random.int(0, 120);
      if (row % 61 === 0) onHand = 0;
      else if (threshold !== null && row % 13 === 0) onHand = random.int(1, LOW_STOCK_THRESHOLD - 1);
      levels.push({ id: ids(), variantId: variant.id, locationId: store.id, onHand, lowStockThreshold: threshold });
      movements.push({
        id: ids(),
        variantId: variant.id,
        locationId: store.id,
        reason: "RECEIPT",
        delta: onHand,
        onHandAfter: onHand,
        referenceType: "SEED",
        actorId: refs.actorId,
        note: "期初库存 opening stock",
        createdAt: receivedAt,
      });
    }
  }
  return {
    stockLevels: await insertInBatches(levels, (data) => db.stockLevel.createMany({ data })),
    stockMovements: await insertInBatches(movements, (data) => db.stockMovement.createMany({ data })),
  };
}
