import { resolveUnitPrice } from "@o2o/domain";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import type { PriceChange as PriceChangeRow } from "../../generated/prisma/client.ts";
import { overrideScope } from "./price-scope.ts";
import type { VariantPrices } from "./pricing.types.ts";

/** Read side of pricing: history, what is scheduled, and the price of a SKU everywhere. */
export class PriceQueries {
  constructor(private readonly db: Db) {}

  /** Applied changes of a variant, newest effective first. */
  history(merchantId: string, variantId: string, page: PageArgs): Promise<Connection<PriceChangeRow>> {
    const where = { variantId, status: "APPLIED" as const, variant: { merchantId } };
    return paginate(
      page,
      (p) => this.db.priceChange.findMany({ where, orderBy: [{ effectiveAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.priceChange.count({ where }),
    );
  }

  /** Changes still to come, soonest first; optionally of one variant. */
  scheduled(merchantId: string, variantId: string | null, page: PageArgs): Promise<Connection<PriceChangeRow>> {
    const where = { status: "SCHEDULED" as const, variant: { merchantId }, ...(variantId ? { variantId } : {}) };
    return paginate(
      page,
      (p) => this.db.priceChange.findMany({ where, orderBy: [{ effectiveAt: "asc" }, { id: "asc" }], ...p }),
      () => this.db.priceChange.count({ where }),
    );
  }

  /**
   * The effective unit price of a variant in every active store × channel, for a non-member and for each tier, by the
   * domain's resolveUnitPrice (the same rule the tills and the storefront use).
   */
  async variantPrices(merchantId: string, variantId: string, at: Date): Promise<VariantPrices> {
    const [variant, stores, channels, tiers] = await Promise.all([
      this.db.variant.findFirst({
        where: { id: variantId, merchantId },
        include: {
          priceOverrides: { orderBy: [{ scopeKey: "asc" }] },
          tierPrices: true,
          priceChanges: { where: { status: "SCHEDULED" }, orderBy: [{ effectiveAt: "asc" }, { id: "asc" }], take: 100 },
        },
      }),
      this.db.store.findMany({ where: { merchantId, active: true }, orderBy: [{ code: "asc" }] }),
      this.db.salesChannel.findMany({ where: { merchantId, active: true }, orderBy: [{ type: "asc" }] }),
      this.db.memberTier.findMany({ where: { merchantId }, orderBy: [{ rank: "asc" }] }),
    ]);
    if (!variant) throw notFound("Variant", variantId);
    const tierName = new Map(tiers.map((t) => [t.id, t.name]));
    const price = (storeId: string, channelId: string, tierId: string | null) =>
      resolveUnitPrice({
        basePrice: variant.basePrice,
        overrides: variant.priceOverrides,
        tierPrices: variant.tierPrices,
        context: { storeId, channelId, tierId, at },
      });
    const cells = stores.flatMap((store) =>
      channels.map((channel) => {
        const plain = price(store.id, channel.id, null);
        return {
          store,
          channel,
          price: plain.price,
          source: plain.source,
          tierPrices: tiers.map((tier) => {
            const p = price(store.id, channel.id, tier.id);
            return { tierId: tier.id, tierName: tier.name, price: p.price, source: p.source };
          }),
        };
      }),
    );
    return {
      variantId: variant.id,
      basePrice: variant.basePrice,
      at,
      overrides: variant.priceOverrides.map((o) => ({ ...o, scope: overrideScope(o.storeId, o.channelId) })),
      tierPrices: variant.tierPrices.map((t) => ({ ...t, tierName: tierName.get(t.tierId) ?? null })),
      cells: cells as VariantPrices["cells"],
      scheduledChanges: variant.priceChanges,
    };
  }
}
