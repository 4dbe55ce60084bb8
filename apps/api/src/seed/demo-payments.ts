import type { Prisma } from "../generated/prisma/client.ts";
import type { Random } from "./seed-random.ts";

export type DemoTender = "CASH" | "CARD" | "WECHAT_PAY" | "ALIPAY";

const PROVIDERS: Record<DemoTender, string> = {
  CASH: "cash",
  CARD: "card-terminal",
  WECHAT_PAY: "wechat-sim",
  ALIPAY: "alipay-sim",
};

const DIGITS = "0123456789";

/** How Chinese shoppers pay: mostly WeChat Pay and Alipay, some cash and cards at the till, wallets only online. */
export function pickTender(random: Random, atTill: boolean): DemoTender {
  const roll = random.next();
  if (!atTill) return roll < 0.6 ? "WECHAT_PAY" : "ALIPAY";
  return roll < 0.2 ? "CASH" : roll < 0.35 ? "CARD" : roll < 0.75 ? "WECHAT_PAY" : "ALIPAY";
}

/** Cash handed over: the exact amount, or the next ¥10 / ¥100 note above it. */
function cashTendered(random: Random, total: number): number {
  if (random.chance(0.25)) return total;
  const note = total > 5000 ? 10000 : 1000;
  return Math.ceil(total / note) * note;
}

/**
 * A provider reference in each provider's shape, unique because it embeds the order's date and daily sequence
 * ("SO" + yyyymmdd + 5 digits).
 */
function providerReference(random: Random, tender: DemoTender, orderNumber: string): string {
  const date = orderNumber.slice(2, 10);
  const sequence = orderNumber.slice(10);
  switch (tender) {
    case "CASH":
      return `CASH-${orderNumber}`;
    case "CARD":
      return `${date.slice(2)}${sequence}${random.code(1, DIGITS)}`;
    case "WECHAT_PAY":
      return `42000${date}${sequence}${random.code(10, DIGITS)}`;
    case "ALIPAY":
      return `${date}22001${sequence}${random.code(10, DIGITS)}`;
  }
}

/** One successful payment covering the whole order. */
export function paymentRow(
  random: Random,
  id: string,
  order: { id: string; number: string; total: number; paidAt: Date },
  tender: DemoTender,
): Prisma.PaymentCreateManyInput {
  const tendered = tender === "CASH" ? cashTendered(random, order.total) : null;
  return {
    id,
    orderId: order.id,
    tender,
    amount: order.total,
    status: "SUCCEEDED",
    provider: PROVIDERS[tender],
    providerReference: providerReference(random, tender, order.number),
    cashTendered: tendered,
    changeGiven: tendered === null ? null : tendered - order.total,
    metadata: tender === "CARD" ? { scheme: "UnionPay", last4: random.code(4, DIGITS) } : {},
    createdAt: order.paidAt,
    paidAt: order.paidAt,
  };
}
