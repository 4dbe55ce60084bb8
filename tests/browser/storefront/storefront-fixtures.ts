// Shared by the storefront browser tests (not a test itself): products with stock where the test needs it.
import type { TestEnv } from "../../../apps/api/test/test-env.ts";

export type ShopItem = { productId: string; name: string; variantIds: string[]; price: number };

/**
 * Active products with Chinese names whose every variant is stocked at the given locations, outside promotions that
 * would make totals hard to read. Stock is topped up so the flow never depends on the seed's random levels.
 */
export async function stockedItems(env: TestEnv, locationIds: string[], count: number, skip = 0): Promise<ShopItem[]> {
  const products = await env.db.product.findMany({
    where: { status: "ACTIVE", name: { contains: "T恤", mode: "insensitive" }, variants: { some: { status: "ACTIVE" } } },
    include: { variants: { where: { status: "ACTIVE" }, orderBy: { sku: "asc" } } },
    orderBy: { id: "asc" },
    skip,
    take: count,
  });
  if (products.length < count) throw new Error("not enough fixture products");
  for (const p of products) {
    for (const v of p.variants) {
      for (const locationId of locationIds) {
        await env.db.stockLevel.upsert({
          where: { variantId_locationId: { variantId: v.id, locationId } },
          update: { onHand: 30, reserved: 0 },
          create: { variantId: v.id, locationId, onHand: 30 },
        });
      }
    }
  }
  return products.map((p) => ({
    productId: p.id,
    name: p.name,
    variantIds: p.variants.map((v) => v.id),
    price: p.variants[0]?.basePrice ?? 0,
  }));
}
