import { availableToSell, maxRedeemablePoints, planPointsRedemption } from "@o2o/domain";
import type { Db } from "../../db/client.ts";
import { forbidden } from "../../errors/api-errors.ts";
import type { PricedSale, SalePricer } from "../checkout/sale-pricer.ts";
import type { CartRecord } from "./cart.service.ts";
import { fulfilmentLocationOf } from "./fulfilment-location.ts";

export type CartLineView = {
  id: string;
  variantId: string;
  quantity: number;
  unitPrice: number;
  listPrice: number;
  discounts: { source: string; sourceId: string; label: string; amount: number }[];
  lineSubtotal: number;
  discountTotal: number;
  lineTotal: number;
  /** false when the item was taken off sale after it was added: it is not priced and cannot be checked out */
  sellable: boolean;
  available: number;
  inStock: boolean;
};

export type CartCouponView = {
  code: string;
  applied: boolean;
  amount: number;
  errorCode: string | null;
  message: string | null;
  missing: number | null;
};
export type CartHintView = { promotionId: string; label: string; missing: number; discount: number };
export type CartPointsView = {
  balance: number;
  requested: number;
  applied: number;
  value: number;
  maxRedeemable: number;
  maxRedeemableValue: number;
  errorCode: string | null;
  message: string | null;
};

export type CartView = {
  id: string;
  guestToken: string | null;
  pickupStoreId: string | null;
  locationId: string;
  lines: CartLineView[];
  subtotal: number;
  discountTotal: number;
  total: number;
  couponResults: CartCouponView[];
  promotionHints: CartHintView[];
  points: CartPointsView | null;
  amountDue: number;
  itemCount: number;
};

export type PricedCartItems = { sale: PricedSale | null; unsellable: string[] };

/**
 * Prices carts with the same SalePricer as the till (channel ONLINE, at the fulfilling location), so the storefront,
 * the checkout and the POS can never disagree about a price.
 */
export class CartPricing {
  constructor(
    private readonly db: Db,
    private readonly pricer: SalePricer,
  ) {}

  /** Prices the sellable items; items no longer on sale are listed in `unsellable` and left out. */
  async priceItems(req: {
    merchantId: string;
    memberId: string | null;
    locationId: string;
    items: { variantId: string; quantity: number }[];
    couponCodes: string[];
    at: Date;
  }): Promise<PricedCartItems> {
    const unsellable: string[] = [];
    let items = req.items;
    while (items.length > 0) {
      const priced = await this.pricer.price({
        merchantId: req.merchantId,
        storeId: req.locationId,
        channel: "ONLINE",
        memberId: req.memberId,
        lines: items.map((i) => ({ variantId: i.variantId, quantity: i.quantity })),
        couponCodes: req.couponCodes,
        at: req.at,
      });
      if (priced.ok) return { sale: priced.sale, unsellable };
      if (priced.code === "MEMBER_NOT_FOUND") throw forbidden("This member account is not active.");
      unsellable.push(priced.reference);
      items = items.filter((i) => i.variantId !== priced.reference);
    }
    return { sale: null, unsellable };
  }

  async view(cart: CartRecord, guestToken: string | null, at = new Date()): Promise<CartView> {
    const locationId = await fulfilmentLocationOf(this.db, cart.merchantId, cart.storeId);
    const { sale, unsellable } = await this.priceItems({
      merchantId: cart.merchantId,
      memberId: cart.memberId,
      locationId,
      items: cart.items,
      couponCodes: cart.couponCodes,
      at,
    });
    const stock = await this.db.stockLevel.findMany({
      where: { locationId, variantId: { in: cart.items.map((i) => i.variantId) } },
      select: { variantId: true, onHand: true, reserved: true },
    });
    const availableOf = new Map(stock.map((s) => [s.variantId, availableToSell(s.onHand, Math.max(0, s.reserved))]));
    const pricedLines = new Map((sale?.cart.lines ?? []).map((pl, i) => [pl.variantId, { pl, line: sale?.lines[i] }]));
    const lines = cart.items.map((item): CartLineView => {
      const available = availableOf.get(item.variantId) ?? 0;
      const priced = pricedLines.get(item.variantId);
      const base = { id: item.id, variantId: item.variantId, quantity: item.quantity, available, inStock: available >= item.quantity };
      if (!priced || unsellable.includes(item.variantId)) {
        return {
          ...base,
          unitPrice: 0,
          listPrice: 0,
          discounts: [],
          lineSubtotal: 0,
          discountTotal: 0,
          lineTotal: 0,
          sellable: false,
          inStock: false,
        };
      }
      return {
        ...base,
        unitPrice: priced.pl.unitPrice,
        listPrice: priced.line?.listPrice ?? priced.pl.unitPrice,
        discounts: priced.pl.discounts.map((d) => ({ source: d.source, sourceId: d.sourceId, label: d.label, amount: d.amount })),
        lineSubtotal: priced.pl.lineSubtotal,
        discountTotal: priced.pl.lineDiscount,
        lineTotal: priced.pl.lineTotal,
        sellable: true,
      };
    });
    const total = sale?.cart.total ?? 0;
    const points = sale?.member ? pointsView(sale, cart.pointsToRedeem) : null;
    return {
      id: cart.id,
      guestToken,
      pickupStoreId: cart.storeId,
      locationId,
      lines,
      subtotal: sale?.cart.subtotal ?? 0,
      discountTotal: sale?.cart.discountTotal ?? 0,
      total,
      couponResults: couponViews(cart.couponCodes, sale),
      promotionHints: (sale?.cart.hints ?? []).map((h) => ({
        promotionId: h.promotionId,
        label: h.label,
        missing: h.missing,
        discount: h.discount,
      })),
      points,
      amountDue: total - (points?.value ?? 0),
      itemCount: lines.reduce((s, l) => s + l.quantity, 0),
    };
  }
}

/** What each coupon code did to this cart: applied with its amount, or why not. */
export function couponViews(codes: string[], sale: PricedSale | null): CartCouponView[] {
  return codes.map((code) => {
    if (!sale)
      return {
        code,
        applied: false,
        amount: 0,
        errorCode: "COUPON_NOT_APPLICABLE",
        message: "Add items to use this coupon.",
        missing: null,
      };
    if (sale.unknownCoupons.includes(code)) {
      return { code, applied: false, amount: 0, errorCode: "COUPON_NOT_FOUND", message: `No coupon with code ${code}.`, missing: null };
    }
    const coupon = sale.coupons.find((c) => c.code === code);
    const result = sale.cart.couponResults.find((r) => r.couponId === coupon?.id);
    if (!result)
      return { code, applied: false, amount: 0, errorCode: "COUPON_NOT_FOUND", message: `No coupon with code ${code}.`, missing: null };
    if (result.ok) return { code, applied: true, amount: result.amount, errorCode: null, message: null, missing: null };
    return {
      code,
      applied: false,
      amount: 0,
      errorCode: result.code,
      message: result.message,
      missing: "missing" in result ? result.missing : null,
    };
  });
}

/** The member's points against this cart: the most they may redeem, and what the requested redemption is worth. */
function pointsView(sale: PricedSale, requested: number): CartPointsView | null {
  const member = sale.member;
  if (!member) return null;
  const config = sale.reference.settings.redemption;
  const balance = Math.max(0, member.pointsBalance);
  const max = maxRedeemablePoints({ balance, orderTotal: sale.cart.total, config });
  const base = { balance, requested, maxRedeemable: max.points, maxRedeemableValue: max.value };
  if (requested <= 0) return { ...base, applied: 0, value: 0, errorCode: null, message: null };
  const plan = planPointsRedemption({ balance, requestedPoints: requested, orderTotal: sale.cart.total, config });
  if (!plan.ok) return { ...base, applied: 0, value: 0, errorCode: plan.code, message: plan.message };
  return { ...base, applied: plan.points, value: plan.value, errorCode: null, message: null };
}
