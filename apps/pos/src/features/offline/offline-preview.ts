"use client";

import { maxRedeemablePoints, type PointsRedemptionConfig, planPointsRedemption } from "@o2o/domain";
import type { PosSalePreviewInput, PosSalePreviewQuery, PriceScope } from "@o2o/schema";
import { catalogIndex, currentReference } from "./catalog-cache";
import { getOne } from "./local-db";
import { priceOffline } from "./offline-pricer";
import type { SnapshotMember } from "./snapshot-types";

export type OfflinePreview = PosSalePreviewQuery["posSalePreview"];

export type OfflinePreviewResult =
  | { ok: true; preview: OfflinePreview }
  | { ok: false; code: "NO_SNAPSHOT" | "UNKNOWN_ITEM" | "ITEM_NOT_SELLABLE" | "COUPON_NEEDS_SERVER"; reference: string | null };

/**
 * The till's pricing of a cart from the local snapshot when the API cannot be reached: the same answer shape as the
 * posSalePreview query and the same domain engine as the server. Coupons need the server (they are single use).
 */
export async function previewSaleOffline(input: PosSalePreviewInput, at = new Date()): Promise<OfflinePreviewResult> {
  const index = await catalogIndex();
  const ref = currentReference();
  if (!ref || index.size === 0) return { ok: false, code: "NO_SNAPSHOT", reference: null };
  const coupon = (input.couponCodes ?? []).find((c) => c.trim());
  if (coupon) return { ok: false, code: "COUPON_NEEDS_SERVER", reference: coupon };
  const member = input.memberId ? ((await getOne<SnapshotMember>("members", input.memberId).catch(() => undefined)) ?? null) : null;

  const lines: { variantId: string; quantity: number; manual: (typeof input.lines)[number]["manual"] }[] = [];
  for (const l of input.lines) {
    const variant = l.variantId ? index.get(l.variantId) : l.barcode ? index.lookup(l.barcode) : null;
    if (!variant) return { ok: false, code: "UNKNOWN_ITEM", reference: l.variantId ?? l.barcode ?? null };
    lines.push({ variantId: variant.id, quantity: l.quantity, manual: l.manual ?? null });
  }
  const priced = priceOffline({ lines, variants: (id) => index.get(id), reference: ref, member, at });
  if (!priced.ok) return { ok: false, code: priced.code, reference: priced.reference };
  const { cart } = priced;

  const settings = ref.settings as { redemption?: PointsRedemptionConfig; cashRounding?: string };
  const config = settings.redemption ?? { ratePoints: 100, rateValue: 100, maxShareBps: 5000, minPoints: 0 };
  const max = member ? maxRedeemablePoints({ balance: member.pointsBalance, orderTotal: cart.total, config }) : { points: 0, value: 0 };
  let points = { used: 0, value: 0, error: null as string | null };
  const wanted = input.pointsToRedeem ?? 0;
  if (wanted > 0) {
    if (!member) points.error = "POINTS_NEED_MEMBER";
    else {
      const plan = planPointsRedemption({ balance: member.pointsBalance, requestedPoints: wanted, orderTotal: cart.total, config });
      points = plan.ok ? { used: plan.points, value: plan.value, error: null } : { used: 0, value: 0, error: plan.code };
    }
  }
  return {
    ok: true,
    preview: {
      cashRounding: settings.cashRounding ?? "NONE",
      maxRedeemablePoints: max.points,
      pointsUsed: points.used,
      pointsValue: points.value,
      pointsError: points.error,
      amountDue: cart.total - points.value,
      manualProblems: cart.manualResults.flatMap((r) => (r.ok ? [] : [{ lineId: r.lineId, code: r.code, message: r.message }])),
      cart: {
        subtotal: cart.subtotal,
        discountTotal: cart.discountTotal,
        total: cart.total,
        promotionDiscount: cart.discountBreakdown.promotion,
        couponDiscount: cart.discountBreakdown.coupon,
        unknownCouponCodes: [],
        lines: cart.lines.map((line, i) => {
          const source = priced.lines[i];
          const v = source?.variant;
          return {
            lineId: line.lineId,
            variantId: line.variantId,
            sku: v?.sku ?? "",
            name: v ? (v.name === v.productName ? v.name : `${v.productName} ${v.name}`) : "",
            quantity: line.quantity,
            unitPrice: line.unitPrice,
            listPrice: source?.listPrice ?? line.unitPrice,
            priceSource: (source?.priceSource ?? "BASE") as PriceScope,
            lineSubtotal: line.lineSubtotal,
            lineDiscount: line.lineDiscount,
            lineTotal: line.lineTotal,
            discounts: line.discounts.map((d) => ({ source: d.source, sourceId: d.sourceId, label: d.label, amount: d.amount })),
          };
        }),
        appliedPromotions: cart.appliedPromotions.map((p) => ({ promotionId: p.promotionId, name: p.name, amount: p.amount })),
        couponResults: [],
        hints: cart.hints.map((h) => ({ promotionId: h.promotionId, label: h.label, missing: h.missing, discount: h.discount })),
      },
    },
  };
}
