import { createHash, randomUUID } from "node:crypto";
import { computeEarnedPoints, normaliseMobileNumber, planPointsRedemption } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { MemberViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { badInput, conflict, invalidField } from "../../errors/api-errors.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import type { CartPricing } from "../cart/cart-pricing.ts";
import type { CartService } from "../cart/cart.service.ts";
import { requirePickupStore, warehouseOf } from "../cart/fulfilment-location.ts";
import type { SaleFailure } from "../checkout/pos-sale.service.ts";
import type { PricingReferenceCache } from "../checkout/pricing-reference.ts";
import type { PricedSale } from "../checkout/sale-pricer.ts";
import type { PaymentProviders } from "../payments/payment-providers.ts";
import { CheckoutRejected, CheckoutReplay, writeOnlineOrder, type WalletPaymentMetadata } from "./online-order.writer.ts";

export type DeliveryAddress = {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  line: string;
  postalCode?: string | null;
};

export type OnlineCheckoutCommand = {
  guestToken?: string | null;
  fulfilment: { type: "DELIVERY" | "PICKUP"; address?: DeliveryAddress | null; storeId?: string | null };
  paymentMethod: "WECHAT_PAY" | "ALIPAY";
  idempotencyKey: string;
  note?: string | null;
  referralCode?: string | null;
};

export type PlacedOrder = {
  orderId: string;
  orderNumber: string;
  orderStatus: string;
  total: number;
  pointsRedeemed: number;
  reservationExpiresAt: Date;
  payment: { id: string; tender: string; amount: number; status: string; qrPayload: string; providerReference: string };
  replayed: boolean;
};

export type CheckoutOutcome = { ok: true; order: PlacedOrder } | ({ ok: false } & SaleFailure);

/**
 * Online checkout for signed-in members: re-prices the cart on the server, reserves stock at the fulfilling location
 * (all lines or none), deducts redeemed points, and opens a QR wallet payment whose signed notification settles the
 * order later. Guests sign in first (UNAUTHENTICATED), then merge their cart by passing its token here.
 */
export class OnlineCheckoutService {
  constructor(
    private readonly db: Db,
    private readonly carts: CartService,
    private readonly pricing: CartPricing,
    private readonly payments: PaymentProviders,
    private readonly references: PricingReferenceCache,
    private readonly relay: OutboxRelay,
  ) {}

  async checkout(viewer: MemberViewer, cmd: OnlineCheckoutCommand, audit: RequestAudit): Promise<CheckoutOutcome> {
    const idempotency = { scope: `online-checkout:${viewer.memberId}`, key: cmd.idempotencyKey, requestHash: requestHash(cmd) };
    const earlier = await this.replay(idempotency);
    if (earlier) return earlier;
    // Before anything changes (not even the guest cart merge): a wallet the merchant switched off is refused.
    const { payments } = (await this.references.get(viewer.merchantId)).settings;
    if (!payments.onlineWallets.includes(cmd.paymentMethod))
      return {
        ok: false,
        code: "PAYMENT_METHOD_DISABLED",
        message: `${cmd.paymentMethod === "ALIPAY" ? "Alipay" : "WeChat Pay"} is not accepted online; choose another wallet.`,
        reference: cmd.paymentMethod,
      };

    const owner = { kind: "MEMBER" as const, merchantId: viewer.merchantId, memberId: viewer.memberId };
    if (cmd.guestToken) await this.carts.mergeGuestCart(owner, cmd.guestToken);
    const cart = await this.carts.require(owner);
    if (cart.items.length === 0) throw badInput("The cart is empty.", [{ field: "cart", message: "empty" }]);

    const { type } = cmd.fulfilment;
    const address = type === "DELIVERY" ? deliveryAddress(cmd.fulfilment.address) : null;
    const pickupStoreId = type === "PICKUP" ? await this.pickupStore(viewer.merchantId, cmd.fulfilment.storeId) : null;
    const locationId = pickupStoreId ?? (await warehouseOf(this.db, viewer.merchantId));

    const at = new Date();
    const { sale, unsellable } = await this.pricing.priceItems({
      merchantId: viewer.merchantId,
      memberId: viewer.memberId,
      locationId,
      items: cart.items,
      couponCodes: cart.couponCodes,
      at,
    });
    const notOnSale = unsellable[0];
    if (notOnSale)
      return {
        ok: false,
        code: "ITEM_NOT_SELLABLE",
        message: "An item in the cart is no longer on sale; remove it.",
        reference: notOnSale,
      };
    if (!sale) throw badInput("The cart is empty.", [{ field: "cart", message: "empty" }]);
    const rejection = couponRejection(sale);
    if (rejection) return rejection;

    let points = { points: 0, value: 0 };
    if (cart.pointsToRedeem > 0) {
      const plan = planPointsRedemption({
        balance: Math.max(0, sale.member?.pointsBalance ?? 0),
        requestedPoints: cart.pointsToRedeem,
        orderTotal: sale.cart.total,
        config: sale.reference.settings.redemption,
      });
      if (!plan.ok) return { ok: false, code: plan.code, message: plan.message };
      points = plan;
    }
    const due = sale.cart.total - points.value;
    if (due <= 0)
      return {
        ok: false,
        code: "PAYMENT_NOTHING_DUE",
        message: "Nothing is left to pay by wallet; redeem fewer points.",
        reference: cmd.paymentMethod,
      };

    const channelId = sale.reference.channelIds.get("ONLINE");
    if (!channelId) throw new Error("the merchant has no ONLINE sales channel");
    const earned = sale.member
      ? computeEarnedPoints({
          lines: sale.cart.lines.map((l, i) => ({
            lineId: l.lineId,
            netAmount: l.lineTotal,
            categoryIds: sale.lines[i]?.categoryIds ?? [],
          })),
          paidAmountExcludingPoints: due,
          rules: { ...sale.reference.settings.earning, tierMultiplierBps: sale.member.tierMultiplierBps },
          at,
        }).points
      : 0;

    // The QR order is opened before the transaction: if the order then fails, nobody ever scans it and nothing is charged.
    const orderId = randomUUID();
    const provider = this.payments.for(cmd.paymentMethod);
    if (!provider.createQrPayment) throw new Error(`${provider.name} cannot take QR payments`);
    const qr = await provider.createQrPayment({ outTradeNo: orderId, amount: due, description: `Order ${orderId}` });
    const metadata: WalletPaymentMetadata = { qrPayload: qr.qrPayload, couponIds: sale.coupons.map((c) => c.id), pointsToEarn: earned };

    try {
      const written = await writeOnlineOrder(this.db, {
        merchantId: viewer.merchantId,
        memberId: viewer.memberId,
        cartId: cart.id,
        orderId,
        type,
        locationId,
        channelId,
        sale,
        points,
        wallet: { tender: cmd.paymentMethod, provider: provider.name, providerReference: qr.providerReference, amount: due, metadata },
        fulfilment: { address, pickupStoreId },
        reservationExpiresAt: new Date(at.getTime() + sale.reference.settings.reservationMinutes * 60_000),
        idempotency,
        note: cmd.note ?? null,
        referralCode: await referrerCode(this.db, viewer.merchantId, viewer.memberId, cmd.referralCode),
        at,
        audit,
      });
      void this.relay.kick();
      const placed = await this.load(written.orderId, written.paymentId, false);
      if (!placed) throw new Error("placed order vanished");
      return { ok: true, order: placed };
    } catch (error) {
      if (error instanceof CheckoutRejected) {
        if (error.failure.code !== "INSUFFICIENT_STOCK" || !error.failure.reference) return { ok: false, ...error.failure };
        const level = await this.db.stockLevel.findUnique({
          where: { variantId_locationId: { variantId: error.failure.reference, locationId } },
        });
        const available = level ? Math.max(0, level.onHand - level.reserved) : 0;
        // Sold out online is worth knowing about (replenish or transfer): it goes to the exception log.
        await this.db.exceptionLog.create({
          data: {
            merchantId: viewer.merchantId,
            storeId: locationId,
            kind: "OUT_OF_STOCK",
            message: "An online checkout found an item sold out.",
            details: { variantId: error.failure.reference, available },
          },
        });
        return { ok: false, ...error.failure, available };
      }
      if (error instanceof CheckoutReplay) {
        const replay = await this.replay(idempotency);
        if (replay) return replay;
      }
      throw error;
    }
  }

  /** The stored result of an earlier attempt with this key; CONFLICT when the key was used for a different checkout. */
  private async replay(idem: { scope: string; key: string; requestHash: string }): Promise<CheckoutOutcome | null> {
    const row = await this.db.idempotencyKey.findUnique({ where: { scope_key: { scope: idem.scope, key: idem.key } } });
    if (!row) return null;
    if (row.requestHash !== idem.requestHash) throw conflict("This idempotency key was already used for a different checkout.");
    const stored = row.response as { orderId?: string; paymentId?: string } | null;
    const placed = stored?.orderId && stored.paymentId ? await this.load(stored.orderId, stored.paymentId, true) : null;
    if (!placed) throw conflict("The earlier checkout with this idempotency key is not available.");
    return { ok: true, order: placed };
  }

  private async load(orderId: string, paymentId: string, replayed: boolean): Promise<PlacedOrder | null> {
    const [order, payment] = await Promise.all([
      this.db.order.findUnique({ where: { id: orderId } }),
      this.db.payment.findUnique({ where: { id: paymentId } }),
    ]);
    if (!order || !payment) return null;
    const meta = (payment.metadata ?? {}) as Partial<WalletPaymentMetadata>;
    return {
      orderId: order.id,
      orderNumber: order.number,
      orderStatus: order.status,
      total: order.total,
      pointsRedeemed: order.pointsRedeemed,
      reservationExpiresAt: order.reservationExpiresAt ?? order.placedAt,
      payment: {
        id: payment.id,
        tender: payment.tender,
        amount: payment.amount,
        status: payment.status,
        qrPayload: meta.qrPayload ?? "",
        providerReference: payment.providerReference ?? "",
      },
      replayed,
    };
  }

  private async pickupStore(merchantId: string, storeId: string | null | undefined): Promise<string> {
    if (!storeId) throw invalidField("fulfilment.storeId", "Choose a pickup store.");
    return requirePickupStore(this.db, merchantId, storeId, "fulfilment.storeId");
  }
}

function requestHash(cmd: OnlineCheckoutCommand): string {
  const { fulfilment, paymentMethod } = cmd;
  return createHash("sha256").update(JSON.stringify({ fulfilment, paymentMethod })).digest("hex");
}

function deliveryAddress(a: DeliveryAddress | null | undefined): DeliveryAddress {
  if (!a) throw invalidField("fulfilment.address", "A delivery needs an address.");
  const phone = normaliseMobileNumber(a.phone);
  if (!phone.ok) throw invalidField("fulfilment.address.phone", "Enter a valid mainland China mobile number.");
  const trim = (s: string) => s.trim();
  return {
    recipient: trim(a.recipient),
    phone: phone.mobile,
    province: trim(a.province),
    city: trim(a.city),
    district: trim(a.district),
    line: trim(a.line),
    postalCode: a.postalCode ?? null,
  };
}

/** Every coupon in the cart must apply at checkout: the shopper removes the ones that do not. */
function couponRejection(sale: PricedSale): ({ ok: false } & SaleFailure) | null {
  const unknown = sale.unknownCoupons[0];
  if (unknown) return { ok: false, code: "COUPON_NOT_FOUND", message: `No coupon with code ${unknown}.`, reference: unknown };
  for (const result of sale.cart.couponResults) {
    if (!result.ok) {
      const code = sale.coupons.find((c) => c.id === result.couponId)?.code ?? result.couponId;
      return {
        ok: false,
        code: result.code,
        message: result.message,
        reference: code,
        missing: "missing" in result ? result.missing : null,
      };
    }
  }
  return null;
}

/** The referral code to record: another member's code of this merchant, upper-cased; a shopper's own or an unknown code is dropped. */
async function referrerCode(db: Db, merchantId: string, memberId: string, code: string | null | undefined): Promise<string | null> {
  const normalised = code?.trim().toUpperCase();
  if (!normalised) return null;
  const referrer = await db.member.findFirst({ where: { merchantId, referralCode: normalised }, select: { id: true } });
  return referrer && referrer.id !== memberId ? normalised : null;
}
