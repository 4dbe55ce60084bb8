import type { Prisma } from "../generated/prisma/client.ts";
import { chinaMidnight, minutesFrom } from "./seed-context.ts";

const OPENING_FLOAT = 50_000;

/** Yesterday's till shift, 09:30-22:15 China time. */
export function shiftWindow(now: Date): { openedAt: Date; closedAt: Date } {
  const yesterday = chinaMidnight(now, 1);
  return { openedAt: minutesFrom(yesterday, 9 * 60 + 30), closedAt: minutesFrom(yesterday, 22 * 60 + 15) };
}

type ShiftOrders = {
  orders: Pick<Prisma.OrderCreateManyInput, "id" | "shiftId" | "subtotal" | "discountTotal" | "total">[];
  payments: Pick<Prisma.PaymentCreateManyInput, "orderId" | "tender" | "amount">[];
};

/**
 * One closed shift per shop, its Z report and cash count computed from the orders planned into it: expected cash is
 * the float plus cash takings, and the counted cash differs by `countedDifference`.
 */
export function buildShifts(
  plan: ShiftOrders,
  setup: {
    window: { openedAt: Date; closedAt: Date };
    shops: { shiftId: string; storeId: string; registerId: string; staffId: string; countedDifference: number }[];
  },
): Prisma.ShiftCreateManyInput[] {
  return setup.shops.map((shop) => {
    const orders = plan.orders.filter((o) => o.shiftId === shop.shiftId);
    const orderIds = new Set(orders.map((o) => o.id));
    const tenders: Record<string, number> = {};
    for (const p of plan.payments) {
      if (p.orderId && orderIds.has(p.orderId)) tenders[p.tender] = (tenders[p.tender] ?? 0) + p.amount;
    }
    const expectedCash = OPENING_FLOAT + (tenders.CASH ?? 0);
    const countedCash = expectedCash + shop.countedDifference;
    return {
      id: shop.shiftId,
      storeId: shop.storeId,
      registerId: shop.registerId,
      staffId: shop.staffId,
      status: "CLOSED",
      openingFloat: OPENING_FLOAT,
      countedCash,
      expectedCash,
      overShort: countedCash - expectedCash,
      zReport: {
        orderCount: orders.length,
        grossSales: orders.reduce((sum, o) => sum + o.subtotal, 0),
        discountTotal: orders.reduce((sum, o) => sum + (o.discountTotal ?? 0), 0),
        netSales: orders.reduce((sum, o) => sum + o.total, 0),
        refundTotal: 0,
        tenders,
        openingFloat: OPENING_FLOAT,
        expectedCash,
        countedCash,
      },
      openedAt: setup.window.openedAt,
      closedAt: setup.window.closedAt,
    };
  });
}
