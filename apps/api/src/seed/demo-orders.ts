import { applyBps, computeEarnedPoints } from "@o2o/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoCatalog, DemoVariant } from "./demo-catalog.ts";
import type { LeafCategoryName } from "./demo-category-tree.ts";
import { planFulfilment } from "./demo-fulfilments.ts";
import { DEMO_MAX_POINTS, type MemberPlan, type OrderEarning } from "./demo-members.ts";
import { DEMO_MERCHANT_SETTINGS, type DemoMerchant, type DemoStoreCode } from "./demo-merchant.ts";
import { paymentRow, pickTender } from "./demo-payments.ts";
import type { DemoPromotion, DemoPromotions } from "./demo-promotions.ts";
import { buildShifts, shiftWindow } from "./demo-shifts.ts";
import { chinaDateKey, chinaMidnight, daysFrom, insertInBatches, minutesFrom, randomInstant, type SeedContext } from "./seed-context.ts";
import type { Random } from "./seed-random.ts";

const ORDER_COUNT = 120;
const GROCERY: ReadonlySet<LeafCategoryName> = new Set(["零食", "饮料", "乳制品", "个护", "家清"]);
const GUEST_NAMES = ["周先生", "吴女士", "郑先生", "冯女士", "蒋先生", "沈女士"];

type OrderKind = "POS" | "DELIVERY" | "PICKUP";
type ShopCode = "SH01" | "BJ01";

type Draft = {
  id: string;
  kind: OrderKind;
  placedAt: Date;
  storeCode: DemoStoreCode;
  register: "R1" | "R2" | null;
  /** Rung up during yesterday's recorded shift at the shop's first till. */
  inShift: boolean;
  member: MemberPlan | null;
};

type PricedLine = Prisma.OrderLineCreateManyInput & { id: string; subtotal: number; discountTotal: number; total: number };

export type OrderRefs = {
  catalog: DemoCatalog;
  merchant: DemoMerchant;
  staffIds: Record<string, string>;
  members: MemberPlan[];
  promotions: DemoPromotions;
};

export type OrderPlan = {
  shifts: Prisma.ShiftCreateManyInput[];
  orders: Prisma.OrderCreateManyInput[];
  lines: Prisma.OrderLineCreateManyInput[];
  discounts: Prisma.LineDiscountCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  fulfilments: Prisma.FulfilmentCreateManyInput[];
  trackingEvents: Prisma.TrackingEventCreateManyInput[];
  /** Points and spend per member order, for the members' balances and ledgers. */
  earnings: OrderEarning[];
};

/** When, where and for whom each of the ~120 historical orders happened (over the last 30 days). */
function draftOrders(ctx: SeedContext, random: Random, refs: OrderRefs): Draft[] {
  const { now, ids } = ctx;
  const shopOf = (member: MemberPlan | null): ShopCode => {
    if (member?.homeStoreId === refs.merchant.stores.BJ01.id) return "BJ01";
    if (member?.homeStoreId === refs.merchant.stores.SH01.id) return "SH01";
    return random.pick(["SH01", "BJ01"] as const);
  };
  const drafts: Draft[] = [];
  for (let k = 0; k < ORDER_COUNT; k++) {
    const slot = k % 20;
    const kind: OrderKind = slot < 11 ? "POS" : slot < 17 ? "DELIVERY" : "PICKUP";
    const member = random.chance(kind === "POS" ? 0.35 : 0.85) ? random.pick(refs.members) : null;
    if (kind === "POS") {
      // Shops open 10:00-22:00 China time; every 11th sale falls in yesterday's shift so its Z report has content.
      let dayOffset = k % 11 === 0 ? 1 : random.int(0, 29);
      const minute = random.int(10 * 60, 22 * 60 - 1);
      if (minutesFrom(chinaMidnight(now, dayOffset), minute) > minutesFrom(now, -10)) dayOffset = 1;
      const inShift = dayOffset === 1;
      drafts.push({
        id: ids(),
        kind,
        placedAt: minutesFrom(chinaMidnight(now, dayOffset), minute),
        storeCode: shopOf(member),
        register: inShift ? "R1" : random.pick(["R1", "R2"] as const),
        inShift,
        member,
      });
    } else {
      // About a third are recent, so some are still waiting to ship or to be collected.
      const from = daysFrom(now, random.chance(0.3) ? (kind === "PICKUP" ? -1 : -2) : -30);
      drafts.push({
        id: ids(),
        kind,
        placedAt: randomInstant(random, from, minutesFrom(now, -20)),
        storeCode: kind === "DELIVERY" ? "WH01" : shopOf(member),
        register: null,
        inShift: false,
        member,
      });
    }
  }
  return drafts.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
}

function pickLines(random: Random, sellable: DemoVariant[]): { variant: DemoVariant; quantity: number }[] {
  const count = random.int(1, 4);
  const picked = new Map<string, { variant: DemoVariant; quantity: number }>();
  while (picked.size < count) {
    const variant = random.pick(sellable);
    const quantity = GROCERY.has(variant.category) ? random.int(1, 3) : random.chance(0.1) ? 2 : 1;
    if (!picked.has(variant.id)) picked.set(variant.id, { variant, quantity });
  }
  return [...picked.values()];
}

/** Lines at base price; drinks carry the drinks promotion, other lines a Gold/Diamond member's 10% off. */
function priceLines(
  ids: () => string,
  orderId: string,
  picks: { variant: DemoVariant; quantity: number }[],
  member: MemberPlan | null,
  promotions: DemoPromotions,
): { lines: PricedLine[]; discounts: Prisma.LineDiscountCreateManyInput[] } {
  const memberPromotion = member && (member.tier === "GOLD" || member.tier === "DIAMOND") ? promotions.goldMembers : null;
  const discounts: Prisma.LineDiscountCreateManyInput[] = [];
  const lines = picks.map(({ variant, quantity }): PricedLine => {
    const subtotal = variant.basePrice * quantity;
    const [promotion, bps]: [DemoPromotion | null, number] =
      variant.category === "饮料" ? [promotions.drinks, 1500] : [memberPromotion, 1000];
    const discount = promotion ? applyBps(subtotal, bps) : 0;
    const line = {
      id: ids(),
      orderId,
      variantId: variant.id,
      sku: variant.sku,
      name: variant.name,
      quantity,
      unitPrice: variant.basePrice,
      listPrice: variant.basePrice,
      subtotal,
      discountTotal: discount,
      total: subtotal - discount,
    };
    if (promotion && discount > 0) {
      discounts.push({
        id: ids(),
        orderLineId: line.id,
        source: "PROMOTION",
        sourceId: promotion.id,
        label: promotion.name,
        amount: discount,
      });
    }
    return line;
  });
  return { lines, discounts };
}

/** Points for a member's order under the merchant's earning rules and the member's tier multiplier. */
function earnedPoints(lines: { id: string; total: number }[], member: MemberPlan, at: Date): number {
  return computeEarnedPoints({
    lines: lines.map((l) => ({ lineId: l.id, netAmount: l.total, categoryIds: [] })),
    paidAmountExcludingPoints: lines.reduce((sum, l) => sum + l.total, 0),
    rules: { pointsPerYuan: DEMO_MERCHANT_SETTINGS.points.pointsPerYuan, tierMultiplierBps: member.multiplierBps },
    at,
  }).points;
}

/**
 * Plans completed order history with lines, promotion discounts, payments and fulfilment, in memory. Totals add up
 * exactly: a line's total is its subtotal less its discounts, and the order's figures are the sums of its lines'.
 * Stock is left alone: this is history, and the opening stock already reflects it.
 */
export function planOrders(ctx: SeedContext, random: Random, refs: OrderRefs): OrderPlan {
  const { merchantId, ids, now } = ctx;
  const { merchant, staffIds, promotions } = refs;
  const sellable = refs.catalog.variants.filter((v) => v.status === "ACTIVE");
  const shiftIds: Record<ShopCode, string> = { SH01: ids(), BJ01: ids() };
  const plan: OrderPlan = {
    shifts: [],
    orders: [],
    lines: [],
    discounts: [],
    payments: [],
    fulfilments: [],
    trackingEvents: [],
    earnings: [],
  };
  const dailySequence = new Map<string, number>();
  const earnedSoFar = new Map<string, number>();

  for (const draft of draftOrders(ctx, random, refs)) {
    const dateKey = chinaDateKey(draft.placedAt);
    const sequence = (dailySequence.get(dateKey) ?? 0) + 1;
    dailySequence.set(dateKey, sequence);
    const number = `SO${dateKey}${String(sequence).padStart(5, "0")}`;
    const atTill = draft.kind === "POS";
    const paidAt = atTill ? draft.placedAt : minutesFrom(draft.placedAt, random.int(1, 5));
    const picks = pickLines(random, sellable);
    let member = draft.member;
    let priced = priceLines(ids, draft.id, picks, member, promotions);
    let pointsEarned = member ? earnedPoints(priced.lines, member, paidAt) : 0;
    if (member && (earnedSoFar.get(member.id) ?? 0) + pointsEarned > DEMO_MAX_POINTS) {
      // Keep demo balances within range: this member shopped as a guest this time.
      member = null;
      priced = priceLines(ids, draft.id, picks, null, promotions);
      pointsEarned = 0;
    }
    const { lines } = priced;
    plan.lines.push(...lines);
    plan.discounts.push(...priced.discounts);

    const subtotal = lines.reduce((sum, l) => sum + l.subtotal, 0);
    const discountTotal = lines.reduce((sum, l) => sum + l.discountTotal, 0);
    const total = subtotal - discountTotal;
    if (member) {
      earnedSoFar.set(member.id, (earnedSoFar.get(member.id) ?? 0) + pointsEarned);
      plan.earnings.push({ memberId: member.id, orderId: draft.id, orderNumber: number, points: pointsEarned, total, at: paidAt });
    }

    let status: Prisma.OrderCreateManyInput["status"] = "COMPLETED";
    if (!atTill) {
      const fulfilment = planFulfilment(
        random,
        ids,
        {
          id: draft.id,
          type: draft.kind === "PICKUP" ? "PICKUP" : "DELIVERY",
          paidAt,
          recipient: member
            ? { name: member.name, phone: member.phone }
            : { name: random.pick(GUEST_NAMES), phone: `139${random.code(8, "0123456789")}` },
          pickupStoreId: draft.kind === "PICKUP" ? merchant.stores[draft.storeCode].id : null,
        },
        now,
      );
      status = fulfilment.orderStatus;
      plan.fulfilments.push(fulfilment.fulfilment);
      plan.trackingEvents.push(...fulfilment.events);
    }

    const shop = draft.storeCode === "WH01" ? null : draft.storeCode;
    const cashier = shop === "BJ01" ? "cashier.bj" : "cashier.sh";
    const manager = shop === "BJ01" ? "manager.bj" : "manager.sh";
    const order = {
      id: draft.id,
      merchantId,
      number,
      type: atTill ? ("POS_SALE" as const) : draft.kind === "PICKUP" ? ("PICKUP" as const) : ("DELIVERY" as const),
      status,
      channelId: atTill ? merchant.channels.POS : merchant.channels.ONLINE,
      storeId: merchant.stores[draft.storeCode].id,
      registerId: shop && draft.register ? merchant.registers[shop][draft.register] : null,
      shiftId: shop && draft.inShift ? shiftIds[shop] : null,
      memberId: member?.id ?? null,
      staffId: atTill ? (staffIds[draft.inShift || random.chance(0.8) ? cashier : manager] ?? null) : null,
      subtotal,
      discountTotal,
      total,
      paidTotal: total,
      pointsEarned,
      placedAt: draft.placedAt,
      paidAt,
      createdAt: draft.placedAt,
    };
    plan.orders.push(order);
    plan.payments.push(paymentRow(random, ids(), { id: order.id, number, total, paidAt }, pickTender(random, atTill)));
  }

  plan.shifts = buildShifts(plan, {
    window: shiftWindow(now),
    shops: (["SH01", "BJ01"] as const).map((code) => ({
      shiftId: shiftIds[code],
      storeId: merchant.stores[code].id,
      registerId: merchant.registers[code].R1,
      staffId: staffIds[code === "SH01" ? "cashier.sh" : "cashier.bj"] as string,
      // Beijing's drawer came up ¥1 short, so the over/short column has something to show.
      countedDifference: code === "BJ01" ? -100 : 0,
    })),
  });
  return plan;
}

/** Writes the planned shifts, orders and everything hanging off them, parents first. */
export async function insertOrders(ctx: SeedContext, plan: OrderPlan): Promise<Record<string, number>> {
  const { db } = ctx;
  return {
    shifts: await insertInBatches(plan.shifts, (data) => db.shift.createMany({ data })),
    orders: await insertInBatches(plan.orders, (data) => db.order.createMany({ data })),
    orderLines: await insertInBatches(plan.lines, (data) => db.orderLine.createMany({ data })),
    lineDiscounts: await insertInBatches(plan.discounts, (data) => db.lineDiscount.createMany({ data })),
    payments: await insertInBatches(plan.payments, (data) => db.payment.createMany({ data })),
    fulfilments: await insertInBatches(plan.fulfilments, (data) => db.fulfilment.createMany({ data })),
    trackingEvents: await insertInBatches(plan.trackingEvents, (data) => db.trackingEvent.createMany({ data })),
  };
}
