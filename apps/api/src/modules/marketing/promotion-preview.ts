import type { Promotion as DomainPromotion } from "@o2o/domain";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import type { SqlClient } from "../../db/sql-client.ts";
import { badInput, notFound } from "../../errors/api-errors.ts";
import { type PricingReference, PricingReferenceCache } from "../checkout/pricing-reference.ts";
import { type PricedSale, SalePricer } from "../checkout/sale-pricer.ts";
import { scopeJson } from "./discount-scope.ts";
import { checkPromotionRefs, checkWindow, domainPromotion, promotionParams, scheduleJson } from "./promotion-data.ts";
import type { CartPreview, PreviewPromotionCartArgs } from "./promotion-preview.types.ts";

/** The merchant's pricing reference with a draft promotion among the active ones (replacing its saved version). */
class DraftPricingReference extends PricingReferenceCache {
  constructor(
    db: Db,
    private readonly base: PricingReferenceCache,
    private readonly draft: DomainPromotion,
  ) {
    super(db);
  }

  override async get(merchantId: string): Promise<PricingReference> {
    const reference = await this.base.get(merchantId);
    return { ...reference, promotions: [...reference.promotions.filter((p) => p.id !== this.draft.id), this.draft] };
  }
}

/**
 * The admin promotion builder's live preview: prices a cart with the SalePricer (the tills' own pricing), optionally
 * with a draft promotion added to the active ones. Nothing is written.
 */
export class PromotionPreviewService {
  constructor(
    private readonly db: Db,
    private readonly sql: SqlClient,
    private readonly references: PricingReferenceCache,
    private readonly pricer: SalePricer,
  ) {}

  async preview(viewer: StaffViewer, args: PreviewPromotionCartArgs): Promise<CartPreview> {
    const store = await this.db.store.findFirst({ where: { id: args.storeId, merchantId: viewer.merchantId }, select: { id: true } });
    if (!store) throw notFound("Store", args.storeId);
    const pricer = args.extraPromotion
      ? new SalePricer(this.db, this.sql, new DraftPricingReference(this.db, this.references, await this.draft(viewer, args)))
      : this.pricer;
    const priced = await pricer.price({
      merchantId: viewer.merchantId,
      storeId: args.storeId,
      channel: args.channel,
      memberId: args.memberId ?? null,
      lines: args.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
      couponCodes: args.couponCodes,
      at: args.at ?? new Date(),
    });
    if (!priced.ok) {
      if (priced.code === "MEMBER_NOT_FOUND") throw notFound("Member", priced.reference);
      if (priced.code === "UNKNOWN_ITEM") throw notFound("Variant", priced.reference);
      throw badInput(priced.message, [{ field: "lines", message: priced.message }]);
    }
    return cartPreviewOf(priced.sale);
  }

  private async draft(viewer: StaffViewer, args: PreviewPromotionCartArgs): Promise<DomainPromotion> {
    const input = args.extraPromotion!;
    const scope = scopeJson(input.scope);
    checkWindow(input.startsAt, input.endsAt, "extraPromotion.endsAt");
    await checkPromotionRefs(this.db, viewer.merchantId, { scope, tierIds: input.tierIds }, "extraPromotion.");
    return domainPromotion({
      id: args.replacesPromotionId ?? "DRAFT",
      name: input.name,
      type: input.type,
      params: promotionParams(input.type, input.params, "extraPromotion.params"),
      scope,
      memberOnly: input.memberOnly,
      tierIds: input.tierIds,
      priority: input.priority,
      exclusive: input.exclusive,
      stackableWithCoupons: input.stackableWithCoupons,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
      schedule: scheduleJson(input.schedule),
    });
  }
}

/** The GraphQL shape of a priced sale (shared with the till's own preview). */
export function cartPreviewOf(sale: PricedSale): CartPreview {
  const { cart } = sale;
  const codeOf = new Map(sale.coupons.map((c) => [c.id, c.code]));
  return {
    lines: cart.lines.map((line, i) => {
      const source = sale.lines[i];
      if (!source) throw new Error("priced lines out of step");
      return {
        lineId: line.lineId,
        variantId: line.variantId,
        sku: source.sku,
        name: source.name,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        listPrice: source.listPrice,
        priceSource: source.priceSource,
        lineSubtotal: line.lineSubtotal,
        discounts: line.discounts.map((d) => ({ ...d })),
        lineDiscount: line.lineDiscount,
        lineTotal: line.lineTotal,
      };
    }),
    subtotal: cart.subtotal,
    discountTotal: cart.discountTotal,
    total: cart.total,
    promotionDiscount: cart.discountBreakdown.promotion,
    couponDiscount: cart.discountBreakdown.coupon,
    appliedPromotions: cart.appliedPromotions.map((p) => ({ ...p, lineIds: [...p.lineIds] })),
    couponResults: cart.couponResults.map((r) => ({
      couponId: r.couponId,
      couponCode: codeOf.get(r.couponId) ?? null,
      ok: r.ok,
      amount: r.ok ? r.amount : 0,
      errorCode: r.ok ? null : r.code,
      message: r.ok ? null : r.message,
      missing: !r.ok && "missing" in r ? r.missing : null,
    })),
    hints: cart.hints.map((h) => ({ ...h })),
    unknownCouponCodes: sale.unknownCoupons,
  };
}
