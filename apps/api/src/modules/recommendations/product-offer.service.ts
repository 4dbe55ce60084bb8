import { availableToSell, type PromotionIneligibility, promotionIneligibility, scopeCoversLine } from "@o2o/domain";
import type { Db } from "../../db/client.ts";
import type { SalePricer } from "../checkout/sale-pricer.ts";
import { requirePickupStore, warehouseOf } from "../cart/fulfilment-location.ts";

export type VariantOfferView = {
  variantId: string;
  listPrice: number;
  price: number;
  memberPrice: number | null;
  memberTierName: string | null;
};
export type ProductOfferView = {
  productId: string;
  locationId: string;
  variants: VariantOfferView[];
  promotions: { id: string; name: string; type: string; memberOnly: boolean }[];
};
export type LocationAvailabilityView = {
  storeId: string;
  pickup: boolean;
  variants: { variantId: string; available: number }[];
  totalAvailable: number;
};

// Shown to everyone with a "members" badge: a guest may join, a member of another tier may move up.
const SHOWN_ANYWAY = new Set<PromotionIneligibility | null>([null, "MEMBERS_ONLY", "TIER_NOT_ELIGIBLE"]);

/** What a product costs a shopper online and where it is in stock: the product page's live data. */
export class ProductOfferService {
  constructor(
    private readonly db: Db,
    private readonly pricer: SalePricer,
  ) {}

  /** Prices one unit of each active variant the way the cart will, at the pickup store or the warehouse. */
  async offer(merchantId: string, memberId: string | null, productId: string, storeId: string | null): Promise<ProductOfferView | null> {
    const product = await this.db.product.findFirst({
      where: { id: productId, merchantId, status: "ACTIVE" },
      select: {
        id: true,
        brandId: true,
        variants: { where: { status: "ACTIVE" }, select: { id: true, basePrice: true }, orderBy: { sku: "asc" } },
      },
    });
    if (!product) return null;
    const locationId = storeId ? await requirePickupStore(this.db, merchantId, storeId) : await warehouseOf(this.db, merchantId);
    const empty: ProductOfferView = { productId, locationId, variants: [], promotions: [] };
    if (product.variants.length === 0) return empty;
    const at = new Date();
    const priced = await this.pricer.price({
      merchantId,
      storeId: locationId,
      channel: "ONLINE",
      memberId,
      lines: product.variants.map((v) => ({ variantId: v.id, quantity: 1 })),
      couponCodes: [],
      at,
    });
    if (!priced.ok) return empty;
    const { sale } = priced;
    const tierPrices = await this.db.tierPrice.findMany({
      where: { variantId: { in: product.variants.map((v) => v.id) }, tier: { merchantId } },
      select: { variantId: true, price: true, tier: { select: { name: true } } },
      orderBy: { price: "asc" },
    });
    const variants = sale.lines.map((line): VariantOfferView => {
      const best = tierPrices.find((t) => t.variantId === line.variantId && t.price < line.listPrice);
      return {
        variantId: line.variantId,
        listPrice: line.listPrice,
        price: line.unitPrice,
        memberPrice: best?.price ?? null,
        memberTierName: best?.tier.name ?? null,
      };
    });
    const context = { storeId: locationId, channelId: "ONLINE" as const, memberId, tierId: sale.member?.tierId ?? null, at };
    const promotions = sale.reference.promotions
      .filter((p) => SHOWN_ANYWAY.has(promotionIneligibility(p, context)))
      .filter((p) => sale.lines.some((line) => scopeCoversLine(p.scope, { ...line, brandId: product.brandId })))
      .sort((a, b) => b.priority - a.priority)
      .map((p) => ({ id: p.id, name: p.name, type: p.type, memberOnly: p.memberOnly || p.tierIds.length > 0 }));
    return { productId, locationId, variants, promotions };
  }

  /** Available units of the product's active variants at every active shop and warehouse, shops offering pickup first. */
  async availability(merchantId: string, productId: string): Promise<LocationAvailabilityView[]> {
    const [stores, variants] = await Promise.all([
      this.db.store.findMany({
        where: { merchantId, active: true },
        select: { id: true, type: true, settings: true },
        orderBy: { code: "asc" },
      }),
      this.db.variant.findMany({
        where: { productId, merchantId, status: "ACTIVE", product: { status: "ACTIVE" } },
        select: { id: true },
      }),
    ]);
    if (variants.length === 0) return [];
    const levels = await this.db.stockLevel.findMany({
      where: { variantId: { in: variants.map((v) => v.id) }, locationId: { in: stores.map((s) => s.id) } },
      select: { variantId: true, locationId: true, onHand: true, reserved: true },
    });
    const key = (variantId: string, locationId: string) => `${variantId}|${locationId}`;
    const availableOf = new Map(levels.map((l) => [key(l.variantId, l.locationId), availableToSell(l.onHand, Math.max(0, l.reserved))]));
    return stores
      .map((store) => {
        const pickup = store.type !== "WAREHOUSE" && (store.settings as { pickupEnabled?: unknown } | null)?.pickupEnabled !== false;
        const perVariant = variants.map((v) => ({ variantId: v.id, available: Math.max(0, availableOf.get(key(v.id, store.id)) ?? 0) }));
        return { storeId: store.id, pickup, variants: perVariant, totalAvailable: perVariant.reduce((s, v) => s + v.available, 0) };
      })
      .sort((a, b) => Number(b.pickup) - Number(a.pickup));
  }
}
