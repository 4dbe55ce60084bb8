import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "../money/allocate.ts";
import { type PlanReturnInput, planReturn, type ReturnOrderLine, type ReturnPayment } from "./plan-return.ts";

const orderLines: ReturnOrderLine[] = [
  { lineId: "L1", quantity: 3, returnedQuantity: 0, lineTotal: 1000 },
  { lineId: "L2", quantity: 1, returnedQuantity: 0, lineTotal: 500 },
];
const payments: ReturnPayment[] = [
  { paymentId: "pts", tender: "POINTS", amount: 300, refunded: 0 },
  { paymentId: "wx", tender: "WECHAT_PAY", amount: 1200, refunded: 0 },
];
const order: Omit<PlanReturnInput, "request"> = {
  orderLines,
  payments,
  refundTo: "ORIGINAL",
  pointsEarned: 12,
  pointsRedeemed: 3000,
  couponIds: ["coupon-1"],
};

describe("planReturn", () => {
  it.each<[string, Partial<PlanReturnInput> & Pick<PlanReturnInput, "request">, object]>([
    [
      "one of three units refunds a third, rounded down",
      { request: [{ lineId: "L1", quantity: 1 }] },
      {
        ok: true,
        lines: [{ lineId: "L1", quantity: 1, refundAmount: 333 }],
        refundTotal: 333,
        tenders: [{ paymentId: "wx", tender: "WECHAT_PAY", refundAs: "WECHAT_PAY", amount: 333 }],
        pointsToClawBack: 2,
        pointsToRestore: 0,
        couponIdsToRestore: [],
        event: "RETURN_PARTIAL",
      },
    ],
    [
      "the last units take the remainder",
      {
        orderLines: [{ ...orderLines[0], returnedQuantity: 1 } as ReturnOrderLine, orderLines[1] as ReturnOrderLine],
        request: [{ lineId: "L1", quantity: 2 }],
      },
      { ok: true, refundTotal: 667, lines: [{ lineId: "L1", quantity: 2, refundAmount: 667 }] },
    ],
    [
      "a full return refunds exactly what was paid, points as points, and restores coupons",
      {
        request: [
          { lineId: "L1", quantity: 3 },
          { lineId: "L2", quantity: 1 },
        ],
      },
      {
        ok: true,
        refundTotal: 1500,
        tenders: [
          { paymentId: "wx", refundAs: "WECHAT_PAY", amount: 1200 },
          { paymentId: "pts", refundAs: "POINTS", amount: 300 },
        ],
        pointsToClawBack: 12,
        pointsToRestore: 3000,
        couponIdsToRestore: ["coupon-1"],
        fullyReturned: true,
        event: "RETURN_FULL",
      },
    ],
    [
      "store credit replaces money tenders but not points",
      {
        refundTo: "STORE_CREDIT",
        request: [
          { lineId: "L1", quantity: 3 },
          { lineId: "L2", quantity: 1 },
        ],
      },
      {
        ok: true,
        tenders: [
          { paymentId: "wx", tender: "WECHAT_PAY", refundAs: "STORE_CREDIT", amount: 1200 },
          { paymentId: "pts", tender: "POINTS", refundAs: "POINTS", amount: 300 },
        ],
      },
    ],
    [
      "request lines for the same order line are merged",
      {
        request: [
          { lineId: "L1", quantity: 1 },
          { lineId: "L1", quantity: 1 },
        ],
      },
      { ok: true, lines: [{ lineId: "L1", quantity: 2, refundAmount: 666 }] },
    ],
    ["one unit too many", { request: [{ lineId: "L1", quantity: 4 }] }, { ok: false, code: "RETURN_QUANTITY_EXCEEDS" }],
    [
      "already returned units cannot come back again",
      {
        orderLines: [{ ...orderLines[0], returnedQuantity: 3 } as ReturnOrderLine],
        request: [{ lineId: "L1", quantity: 1 }],
      },
      { ok: false, code: "RETURN_QUANTITY_EXCEEDS" },
    ],
    ["unknown line", { request: [{ lineId: "L9", quantity: 1 }] }, { ok: false, code: "RETURN_LINE_NOT_FOUND" }],
    ["empty request", { request: [] }, { ok: false, code: "NOTHING_TO_RETURN" }],
    ["zero quantities", { request: [{ lineId: "L1", quantity: 0 }] }, { ok: false, code: "NOTHING_TO_RETURN" }],
    [
      "payments already refunded elsewhere",
      {
        payments: payments.map((payment) => ({ ...payment, refunded: payment.amount - 100 })),
        request: [{ lineId: "L2", quantity: 1 }],
      },
      { ok: false, code: "REFUND_EXCEEDS_PAID" },
    ],
  ])("%s", (_name, input, expected) => {
    expect(planReturn({ ...order, ...input })).toMatchObject(expected);
  });
});

interface OrderSpec {
  lines: { quantity: number; lineTotal: number }[];
  tenders: { tender: ReturnPayment["tender"]; weight: number }[];
  pointsEarned: number;
  pointsRedeemed: number;
  steps: number[];
  refundTo: PlanReturnInput["refundTo"];
}

const orderSpecArb: fc.Arbitrary<OrderSpec> = fc.record({
  lines: fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 7 }), lineTotal: fc.nat({ max: 100_000 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  tenders: fc.array(
    fc.record({
      tender: fc.constantFrom("CASH", "CARD", "WECHAT_PAY", "ALIPAY", "POINTS", "STORE_CREDIT", "VOUCHER" as const),
      weight: fc.integer({ min: 1, max: 100 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  pointsEarned: fc.nat({ max: 10_000 }),
  pointsRedeemed: fc.nat({ max: 100_000 }),
  steps: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
  refundTo: fc.constantFrom("ORIGINAL" as const, "STORE_CREDIT" as const),
});

describe("planReturn properties", () => {
  it("no sequence of partial returns refunds more than was paid; a complete one refunds exactly that", () => {
    fc.assert(
      fc.property(orderSpecArb, (spec) => {
        const total = spec.lines.reduce((sum, line) => sum + line.lineTotal, 0);
        const amounts = allocate(
          total,
          spec.tenders.map((t) => t.weight),
        );
        let lines: ReturnOrderLine[] = spec.lines.map((line, i) => ({ lineId: `L${i}`, returnedQuantity: 0, ...line }));
        let pays: ReturnPayment[] = spec.tenders.map((t, i) => ({
          paymentId: `P${i}`,
          tender: t.tender,
          amount: amounts[i] as number,
          refunded: 0,
        }));
        const hasPoints = pays.some((p) => p.tender === "POINTS" && p.amount > 0);
        let refunded = 0;
        let clawed = 0;
        let restored = 0;
        let couponsRestored = 0;
        for (const seed of spec.steps) {
          const open = lines.filter((line) => line.returnedQuantity < line.quantity);
          if (open.length === 0) break;
          const request = open.map((line, i) => ({
            lineId: line.lineId,
            quantity: (seed >> i) % (line.quantity - line.returnedQuantity + 1),
          }));
          if (request.every((r) => r.quantity === 0)) (request[0] as { quantity: number }).quantity = 1;
          const plan = planReturn({
            orderLines: lines,
            payments: pays,
            request,
            refundTo: spec.refundTo,
            pointsEarned: spec.pointsEarned,
            pointsRedeemed: spec.pointsRedeemed,
            couponIds: ["c"],
          });
          if (!plan.ok) throw new Error(plan.message);
          expect(plan.tenders.reduce((sum, t) => sum + t.amount, 0)).toBe(plan.refundTotal);
          refunded += plan.refundTotal;
          clawed += plan.pointsToClawBack;
          restored += plan.pointsToRestore;
          couponsRestored += plan.couponIdsToRestore.length;
          const byLine = new Map(plan.lines.map((l) => [l.lineId, l]));
          lines = lines.map((line) => {
            const refund = byLine.get(line.lineId);
            if (refund === undefined) return line;
            return {
              ...line,
              returnedQuantity: line.returnedQuantity + refund.quantity,
              refundedAmount: (line.refundedAmount ?? 0) + refund.refundAmount,
            };
          });
          const byPayment = new Map(plan.tenders.map((t) => [t.paymentId, t.amount]));
          pays = pays.map((p) => ({ ...p, refunded: p.refunded + (byPayment.get(p.paymentId) ?? 0) }));
          for (const p of pays) expect(p.refunded).toBeLessThanOrEqual(p.amount);
          for (const line of lines) expect(line.refundedAmount ?? 0).toBeLessThanOrEqual(line.lineTotal);
          expect(refunded).toBeLessThanOrEqual(total);
          expect(clawed).toBeLessThanOrEqual(spec.pointsEarned);
          expect(restored).toBeLessThanOrEqual(spec.pointsRedeemed);
        }
        const complete = lines.every((line) => line.returnedQuantity === line.quantity);
        if (complete) {
          expect(refunded).toBe(total);
          expect(clawed).toBe(total === 0 ? 0 : spec.pointsEarned);
          expect(restored).toBe(hasPoints ? spec.pointsRedeemed : 0);
          expect(couponsRestored).toBe(1);
        } else {
          expect(couponsRestored).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
