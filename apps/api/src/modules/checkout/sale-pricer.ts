import {
  type CartLineInput,
  type CouponInput,
  type ManualDiscountInput,
  normaliseScannedCode,
  type PricedCart,
  priceCart,
  resolveUnitPrice,
  type SalesChannel,
  type UnitPriceSource,
} from "@o2o/domain";
import type { Db } from "../../db/client.ts";
import type { SqlClient } from "../../db/sql-client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { PricingReference, PricingReferenceCache } from "./pricing-reference.ts";
import { SaleVariantCache } from "./sale-variant-cache.ts";
import { loadSaleVariants, type SaleVariantRead } from "./sale-variants.ts";

export type SaleLineRequest = {
  variantId?: string | null;
  barcode?: string | null;
  quantity: number;
  manual?: { kind: ManualDiscountInput["kind"]; value: number; label?: string | null } | null;
};

export type PriceRequest = {
  merchantId: string;
  storeId: string;
  channel: SalesChannel;
  memberId: string | null;
  lines: SaleLineRequest[];
  couponCodes: string[];
  at: Date;
  /**
   * "cached": variants may come from memory (the till's sale, which checks `PricedSale.catalog.revision` against the
   * database in its own statement); by default they are read from the database.
   */
  variants?: "cached" | "fresh";
};

export type PricingFailure = { code: "UNKNOWN_ITEM" | "ITEM_NOT_SELLABLE" | "MEMBER_NOT_FOUND"; message: string; reference: string };

export type PricedSaleLine = {
  lineId: string;
  variantId: string;
  productId: string;
  sku: string;
  name: string;
  categoryIds: string[];
  quantity: number;
  unitPrice: number;
  listPrice: number;
  priceSource: UnitPriceSource;
};

export type SaleMember = {
  id: string;
  tierId: string | null;
  pointsBalance: number;
  storeCreditBalance: number;
  tierMultiplierBps: number;
};
export type SaleCoupon = { id: string; code: string; templateId: string; memberId: string | null };

type CouponWithTemplate = Prisma.CouponGetPayload<{ include: { template: true } }>;

export type PricedSale = {
  lines: PricedSaleLine[];
  cart: PricedCart;
  member: SaleMember | null;
  coupons: SaleCoupon[];
  /** Coupon codes that match no issued coupon. */
  unknownCoupons: string[];
  reference: PricingReference;
  /** The catalog revision the variants were read at, and whether they came from the in-memory cache. */
  catalog: { revision: string | null; cached: boolean };
};

/**
 * Prices a sale the way the server always does, whatever the client sent: resolves each line's unit price for the
 * store, channel and member tier, then runs the domain cart engine with the active promotions and the coupons.
 */
export class SalePricer {
  private readonly variantCache = new SaleVariantCache();

  constructor(
    private readonly db: Db,
    private readonly sql: SqlClient,
    private readonly references: PricingReferenceCache,
  ) {}

  async price(req: PriceRequest): Promise<{ ok: true; sale: PricedSale } | ({ ok: false } & PricingFailure)> {
    const ids = [...new Set(req.lines.flatMap((l) => (l.variantId ? [l.variantId] : [])))];
    const codes = [...new Set(req.lines.flatMap((l) => (l.barcode ? [normaliseScannedCode(l.barcode)] : [])))];
    const couponCodes = [...new Set(req.couponCodes.map((c) => c.trim().toUpperCase()).filter(Boolean))];

    const [reference, variants, member, coupons] = await Promise.all([
      this.references.get(req.merchantId),
      this.variants(req, ids, codes),
      req.memberId
        ? this.sql
            .$queryRawUnsafe<SaleMember[]>(
              `SELECT m.id, m."tierId", m."pointsBalance", m."storeCreditBalance", COALESCE(t."pointsMultiplierBps", 10000) AS "tierMultiplierBps"
                 FROM "Member" m LEFT JOIN "MemberTier" t ON t.id = m."tierId"
                WHERE m.id = $1 AND m."merchantId" = $2 AND m.status = 'ACTIVE'`,
              req.memberId,
              req.merchantId,
            )
            .then((rows) => rows[0] ?? null)
        : null,
      couponCodes.length
        ? this.db.coupon.findMany({
            where: { code: { in: couponCodes }, template: { merchantId: req.merchantId } },
            include: { template: true },
          })
        : [],
    ]);
    const channelId = reference.channelIds.get(req.channel) ?? null;
    if (req.memberId && !member) return { ok: false, code: "MEMBER_NOT_FOUND", message: "No such member.", reference: req.memberId };

    const byId = new Map(variants.variants.map((v) => [v.id, v]));
    const byCode = new Map(variants.variants.flatMap((v) => v.codes.map((code) => [code, v] as const)));
    const lines: PricedSaleLine[] = [];
    const cartLines: CartLineInput[] = [];
    const manual: ManualDiscountInput[] = [];
    for (const [index, l] of req.lines.entries()) {
      const ref = l.variantId ?? normaliseScannedCode(l.barcode ?? "");
      const v = l.variantId ? byId.get(l.variantId) : byCode.get(ref);
      if (!v) return { ok: false, code: "UNKNOWN_ITEM", message: `No item with ${l.variantId ? "id" : "barcode"} ${ref}.`, reference: ref };
      if (v.status !== "ACTIVE" || v.productStatus !== "ACTIVE") {
        return { ok: false, code: "ITEM_NOT_SELLABLE", message: `${v.productName} (${v.sku}) is not on sale.`, reference: ref };
      }
      const price = resolveUnitPrice({
        basePrice: v.basePrice,
        overrides: v.overrides,
        tierPrices: v.tierPrices,
        context: { channelId: channelId ?? "", storeId: req.storeId, tierId: member?.tierId ?? null, at: req.at },
      });
      const lineId = `L${String(index + 1).padStart(3, "0")}`;
      const categoryIds = v.categoryId ? (reference.categoryPath.get(v.categoryId) ?? [v.categoryId]) : [];
      lines.push({
        lineId,
        variantId: v.id,
        productId: v.productId,
        sku: v.sku,
        name: v.name === v.productName ? v.name : `${v.productName} ${v.name}`,
        categoryIds,
        quantity: l.quantity,
        unitPrice: price.price,
        listPrice: price.listPrice,
        priceSource: price.source,
      });
      cartLines.push({
        lineId,
        variantId: v.id,
        productId: v.productId,
        categoryIds,
        brandId: v.brandId,
        quantity: l.quantity,
        unitPrice: price.price,
      });
      if (l.manual) manual.push({ id: `M-${lineId}`, lineId, kind: l.manual.kind, value: l.manual.value, label: l.manual.label ?? null });
    }

    const couponInputs: CouponInput[] = await this.couponInputs(coupons, member?.id ?? null);
    const cart = priceCart({
      lines: cartLines,
      context: { storeId: req.storeId, channelId: req.channel, memberId: member?.id ?? null, tierId: member?.tierId ?? null, at: req.at },
      promotions: reference.promotions,
      coupons: couponInputs,
      manualDiscounts: manual,
    });
    const known = new Set(coupons.map((c) => c.code));
    return {
      ok: true,
      sale: {
        lines,
        cart,
        member,
        coupons: coupons.map((c) => ({ id: c.id, code: c.code, templateId: c.templateId, memberId: c.memberId })),
        unknownCoupons: couponCodes.filter((c) => !known.has(c)),
        reference,
        catalog: { revision: variants.revision, cached: variants.cached },
      },
    };
  }

  private async variants(req: PriceRequest, ids: string[], codes: string[]): Promise<SaleVariantRead & { cached: boolean }> {
    const hit = req.variants === "cached" ? this.variantCache.lookup(req.merchantId, ids, codes) : null;
    if (hit) return { ...hit, cached: true };
    const read = await loadSaleVariants(this.sql, req.merchantId, ids, codes);
    if (read.revision !== null) this.variantCache.store(req.merchantId, read.revision, read.variants);
    return { ...read, cached: false };
  }

  private async couponInputs(coupons: CouponWithTemplate[], memberId: string | null): Promise<CouponInput[]> {
    if (coupons.length === 0) return [];
    const usage = memberId
      ? await this.db.coupon.groupBy({
          by: ["templateId"],
          where: { memberId, status: "REDEEMED", templateId: { in: coupons.map((c) => c.templateId) } },
          _count: { _all: true },
        })
      : [];
    const used = new Map(usage.map((u) => [u.templateId, u._count._all]));
    return coupons.map((c) => ({
      id: c.id,
      code: c.code,
      ownerMemberId: c.memberId,
      validFrom: c.validFrom,
      validTo: c.validTo,
      status: c.status === "EXPIRED" ? "VOID" : c.status,
      memberUsageCount: used.get(c.templateId) ?? 0,
      template: {
        id: c.template.id,
        name: c.template.name,
        kind: c.template.kind,
        value: c.template.value,
        maxDiscount: c.template.maxDiscount,
        threshold: c.template.threshold,
        freeVariantId: c.template.freeVariantId,
        validFrom: c.template.validFrom,
        validTo: c.template.validTo,
        stacking: c.template.stacking,
        priority: c.template.priority,
        scope: (c.template.scope ?? {}) as CouponInput["template"]["scope"],
        perMemberLimit: c.template.perMemberLimit,
      },
    }));
  }
}
