// Prices a till cart from the local snapshot with the same domain engine the server runs (resolveUnitPrice, then
// priceCart with the active promotions), so a sale rung up offline shows the total the server will compute. Pure.

import {
  type CartLineInput,
  type ManualDiscountInput,
  type PricedCart,
  type Promotion,
  type PromotionSchedule,
  parsePromotionRule,
  priceCart,
  resolveUnitPrice,
  type UnitPriceSource,
} from "@o2o/domain";
import type { SnapshotMember, SnapshotReference, SnapshotVariant } from "./snapshot-types";

export type OfflineLine = {
  variantId: string;
  quantity: number;
  manual?: { kind: ManualDiscountInput["kind"]; value: number; label?: string | null } | null;
};

export type PricedOfflineLine = {
  variant: SnapshotVariant;
  unitPrice: number;
  listPrice: number;
  priceSource: UnitPriceSource;
  categoryIds: string[];
};

export type OfflinePricing =
  | { ok: true; cart: PricedCart; lines: PricedOfflineLine[] }
  | { ok: false; code: "UNKNOWN_ITEM" | "ITEM_NOT_SELLABLE"; reference: string };

const date = (v: unknown): Date | null => (typeof v === "string" || v instanceof Date ? new Date(v) : null);

/** A stored promotion row as the server turns it into the engine's Promotion (pricing-reference.ts); null when invalid. */
export function promotionFromRow(p: Record<string, unknown>): Promotion | null {
  const rule = parsePromotionRule(String(p.type), p.params);
  if (!rule.ok) return null;
  return {
    ...rule.rule,
    id: String(p.id),
    name: String(p.name),
    scope: (p.scope ?? {}) as Promotion["scope"],
    memberOnly: Boolean(p.memberOnly),
    tierIds: (p.tierIds ?? []) as string[],
    priority: Number(p.priority ?? 0),
    exclusive: Boolean(p.exclusive),
    stackableWithCoupons: Boolean(p.stackableWithCoupons),
    startsAt: date(p.startsAt),
    endsAt: date(p.endsAt),
    schedule: (p.schedule ?? null) as PromotionSchedule | null,
  } as Promotion;
}

const promotionCache = new WeakMap<SnapshotReference, Promotion[]>();

export function referencePromotions(ref: SnapshotReference): Promotion[] {
  let list = promotionCache.get(ref);
  if (!list) {
    list = ref.promotions.flatMap((row) => {
      const p = promotionFromRow(row);
      return p ? [p] : [];
    });
    promotionCache.set(ref, list);
  }
  return list;
}

/** The cart as the server's SalePricer prices it (no coupons: they need the server to be redeemed). */
export function priceOffline(input: {
  lines: readonly OfflineLine[];
  variants: (id: string) => SnapshotVariant | undefined;
  reference: SnapshotReference;
  member: SnapshotMember | null;
  at: Date;
}): OfflinePricing {
  const { reference: ref, member, at } = input;
  const cartLines: CartLineInput[] = [];
  const manual: ManualDiscountInput[] = [];
  const lines: PricedOfflineLine[] = [];
  for (const [index, l] of input.lines.entries()) {
    const v = input.variants(l.variantId);
    if (!v) return { ok: false, code: "UNKNOWN_ITEM", reference: l.variantId };
    if (!v.sellable) return { ok: false, code: "ITEM_NOT_SELLABLE", reference: l.variantId };
    const price = resolveUnitPrice({
      basePrice: v.basePrice,
      overrides: v.overrides.map((o) => ({ ...o, startsAt: date(o.startsAt), endsAt: date(o.endsAt) })),
      tierPrices: v.tierPrices,
      context: { channelId: ref.posChannelId, storeId: ref.storeId, tierId: member?.tierId ?? null, at },
    });
    const lineId = `L${String(index + 1).padStart(3, "0")}`;
    const categoryIds = v.categoryId ? (ref.categoryPaths[v.categoryId] ?? [v.categoryId]) : [];
    lines.push({ variant: v, unitPrice: price.price, listPrice: price.listPrice, priceSource: price.source, categoryIds });
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
  const cart = priceCart({
    lines: cartLines,
    context: { storeId: ref.storeId, channelId: "POS", memberId: member?.id ?? null, tierId: member?.tierId ?? null, at },
    promotions: referencePromotions(ref),
    coupons: [],
    manualDiscounts: manual,
  });
  return { ok: true, cart, lines };
}
