import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CashRoundingMode } from "../money/cash-rounding.ts";
import { settleTenders, type TenderInput } from "./settle-tenders.ts";

describe("settleTenders", () => {
  it.each<[string, number, TenderInput[], CashRoundingMode | undefined, object]>([
    ["exact card", 1234, [{ tender: "CARD", amount: 1234 }], undefined, { ok: true, due: 1234, change: 0, roundingAdjustment: 0 }],
    ["cash with change", 1234, [{ tender: "CASH", amount: 2000 }], undefined, { ok: true, change: 766 }],
    ["cash exactly", 1234, [{ tender: "CASH", amount: 1234 }], undefined, { ok: true, change: 0 }],
    ["1分 short", 1234, [{ tender: "CASH", amount: 1233 }], undefined, { ok: false, code: "TENDER_SHORT", missing: 1 }],
    ["non-cash 1分 over", 1234, [{ tender: "WECHAT_PAY", amount: 1235 }], undefined, { ok: false, code: "TENDER_OVERPAID_NON_CASH" }],
    ["non-cash short, no cash", 1234, [{ tender: "ALIPAY", amount: 1000 }], undefined, { ok: false, code: "TENDER_SHORT", missing: 234 }],
    [
      "split: points then cash with change",
      1234,
      [
        { tender: "POINTS", amount: 500 },
        { tender: "CASH", amount: 1000 },
      ],
      undefined,
      {
        ok: true,
        change: 266,
        tenders: [
          { tender: "POINTS", offered: 500, applied: 500 },
          { tender: "CASH", offered: 1000, applied: 734 },
        ],
      },
    ],
    ["抹零 to 角 on cash", 1234, [{ tender: "CASH", amount: 1230 }], "JIAO", { ok: true, due: 1230, roundingAdjustment: -4, change: 0 }],
    ["抹零 to 元 on cash", 1299, [{ tender: "CASH", amount: 2000 }], "YUAN", { ok: true, due: 1200, roundingAdjustment: -99, change: 800 }],
    [
      "抹零 only rounds the cash part",
      1234,
      [
        { tender: "CARD", amount: 1005 },
        { tender: "CASH", amount: 220 },
      ],
      "JIAO",
      { ok: true, due: 1225, roundingAdjustment: -9, change: 0 },
    ],
    ["no 抹零 without cash", 1234, [{ tender: "CARD", amount: 1230 }], "JIAO", { ok: false, code: "TENDER_SHORT", missing: 4 }],
    ["zero amount", 1234, [{ tender: "CASH", amount: 0 }], undefined, { ok: false, code: "TENDER_INVALID_AMOUNT" }],
    ["negative amount", 1234, [{ tender: "CARD", amount: -1 }], undefined, { ok: false, code: "TENDER_INVALID_AMOUNT" }],
    ["free order, nothing tendered", 0, [], undefined, { ok: true, due: 0, change: 0 }],
  ])("%s", (_name, total, tenders, cashRounding, expected) => {
    expect(settleTenders({ total, tenders, ...(cashRounding === undefined ? {} : { cashRounding }) })).toMatchObject(expected);
  });

  it("change only ever comes from cash and the books balance", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.array(
          fc.record({
            tender: fc.constantFrom("CASH", "CARD", "WECHAT_PAY", "ALIPAY", "POINTS", "STORE_CREDIT", "VOUCHER" as const),
            amount: fc.integer({ min: 1, max: 60_000 }),
          }),
          { maxLength: 4 },
        ),
        fc.constantFrom("NONE", "JIAO", "YUAN" as const),
        (total, tenders, cashRounding) => {
          const result = settleTenders({ total, tenders, cashRounding });
          if (!result.ok) return;
          const cash = tenders.filter((t) => t.tender === "CASH").reduce((sum, t) => sum + t.amount, 0);
          expect(result.change).toBeLessThanOrEqual(cash);
          expect(result.change).toBeGreaterThanOrEqual(0);
          expect(result.roundingAdjustment).toBeLessThanOrEqual(0);
          expect(result.tenders.reduce((sum, t) => sum + t.applied, 0)).toBe(result.due);
          expect(result.offered - result.change).toBe(result.due);
          for (const t of result.tenders) if (t.tender !== "CASH") expect(t.applied).toBe(t.offered);
        },
      ),
    );
  });
});
