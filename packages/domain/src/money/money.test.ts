import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.ts";
import { applyBps } from "./basis-points.ts";
import { roundCash } from "./cash-rounding.ts";
import { formatMoney, minorUnitDigits } from "./format-money.ts";
import { isMoney, sumMoney } from "./money.ts";
import { divideRounded, multiplyDivideRounded } from "./rounding.ts";

describe("formatMoney", () => {
  it.each([
    [1234, "CNY", "zh-CN", "¥12.34"],
    [0, "CNY", "zh-CN", "¥0.00"],
    [5, "CNY", "zh-CN", "¥0.05"],
    [-500, "CNY", "zh-CN", "-¥5.00"],
    [123456789, "CNY", "zh-CN", "¥1,234,567.89"],
    [9_007_199_254_740_991, "CNY", "zh-CN", "¥90,071,992,547,409.91"],
    [1234, "JPY", "ja-JP", "￥1,234"],
    [1234, "USD", "en-US", "$12.34"],
  ])("formatMoney(%i, %s, %s) = %s", (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  it("defaults to CNY in zh-CN", () => {
    expect(formatMoney(1234)).toBe("¥12.34");
  });

  it("knows minor unit digits", () => {
    expect([minorUnitDigits("CNY"), minorUnitDigits("JPY")]).toEqual([2, 0]);
  });

  it("refuses floats", () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError);
  });
});

describe("allocate", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [100, [1, 1, 1, 1, 1, 1], [17, 17, 17, 17, 16, 16]],
    [5, [3, 3], [3, 2]],
    [10, [0, 5, 0], [0, 10, 0]],
    [7, [0, 0], [4, 3]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [1, [1, 2], [0, 1]],
    [0, [3, 4], [0, 0]],
    [300, [2000, 999], [200, 100]],
    [9_000_000_000_000, [3, 3, 3, 1], [2_700_000_000_000, 2_700_000_000_000, 2_700_000_000_000, 900_000_000_000]],
  ])("allocate(%i, %j) = %j", (total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });

  it("handles an empty list only for zero", () => {
    expect(allocate(0, [])).toEqual([]);
    expect(() => allocate(1, [])).toThrow(RangeError);
    expect(() => allocate(1, [-1, 2])).toThrow(RangeError);
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
  });

  it("parts always sum to the total, stay within one unit of the exact share, and zero weights get nothing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.nat({ max: 100_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            const weight = weights[i] as number;
            const exact = sum === 0 ? total / weights.length : (total * weight) / sum;
            expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-6);
            if (sum > 0 && weight === 0) expect(part).toBe(0);
          });
        },
      ),
    );
  });

  it("never gives a part more than its weight when the total fits in the weights", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 10 }), fc.nat(), (weights, seed) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const total = seed % (sum + 1);
        if (sum === 0) return;
        allocate(total, weights).forEach((part, i) => {
          expect(part).toBeLessThanOrEqual(weights[i] as number);
        });
      }),
    );
  });

  it("is exact past the safe integer product range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 50 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 5 }),
        (total, weights) => {
          expect(allocate(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
        },
      ),
    );
  });
});

describe("applyBps", () => {
  it.each([
    [10000, 1000, 1000],
    [999, 5000, 500],
    [998, 5000, 499],
    [1, 5000, 1],
    [1, 4999, 0],
    [-999, 5000, -500],
    [12345, 10000, 12345],
    [12345, 0, 0],
    [100, 15000, 150],
  ])("applyBps(%i, %i) = %i", (amount, bps, expected) => {
    expect(applyBps(amount, bps)).toBe(expected);
  });

  it("takes an explicit rounding mode", () => {
    expect(applyBps(999, 5000, "FLOOR")).toBe(499);
    expect(applyBps(998, 3333, "CEIL")).toBe(333);
  });
});

describe("divideRounded / multiplyDivideRounded", () => {
  it.each([
    [7, 2, "HALF_UP", 4],
    [-7, 2, "HALF_UP", -4],
    [7, 2, "FLOOR", 3],
    [-7, 2, "FLOOR", -4],
    [7, 2, "CEIL", 4],
    [-7, 2, "CEIL", -3],
    [5, 3, "HALF_UP", 2],
    [6, 3, "CEIL", 2],
  ] as const)("divideRounded(%i, %i, %s) = %i", (n, d, mode, expected) => {
    expect(divideRounded(n, d, mode)).toBe(expected);
  });

  it("agrees with BigInt arithmetic for large products", () => {
    const reference = (a: number, b: number, d: number): { floor: bigint; ceil: bigint; halfUp: bigint } => {
      const product = BigInt(a) * BigInt(b);
      const divisor = BigInt(d);
      const remainder = ((product % divisor) + divisor) % divisor;
      const floor = (product - remainder) / divisor;
      const ceil = remainder === 0n ? floor : floor + 1n;
      const twice = remainder * 2n;
      const halfUp = twice > divisor || (twice === divisor && product >= 0n) ? ceil : floor;
      return { floor, ceil, halfUp };
    };
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 30 }),
        fc.integer({ min: 2 ** 20, max: 2 ** 30 }),
        (a, b, d) => {
          const expected = reference(a, b, d);
          expect(BigInt(multiplyDivideRounded(a, b, d, "FLOOR"))).toBe(expected.floor);
          expect(BigInt(multiplyDivideRounded(a, b, d, "CEIL"))).toBe(expected.ceil);
          expect(BigInt(multiplyDivideRounded(a, b, d, "HALF_UP"))).toBe(expected.halfUp);
        },
      ),
    );
  });

  it("throws when the result leaves the safe integer range", () => {
    expect(() => multiplyDivideRounded(2 ** 40, 2 ** 30, 1, "FLOOR")).toThrow(RangeError);
  });
});

describe("roundCash (抹零)", () => {
  it.each([
    [1234, "NONE", 1234, 0],
    [1234, "JIAO", 1230, -4],
    [1234, "YUAN", 1200, -34],
    [1299, "YUAN", 1200, -99],
    [1200, "YUAN", 1200, 0],
    [9, "JIAO", 0, -9],
    [0, "YUAN", 0, 0],
  ] as const)("roundCash(%i, %s) = %i (%i)", (amount, mode, rounded, adjustment) => {
    expect(roundCash(amount, mode)).toEqual({ rounded, adjustment });
  });

  it("only ever rounds down, by less than one step", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), fc.constantFrom("NONE", "JIAO", "YUAN" as const), (amount, mode) => {
        const { rounded, adjustment } = roundCash(amount, mode);
        expect(rounded + -adjustment).toBe(amount);
        expect(adjustment).toBeLessThanOrEqual(0);
        expect(-adjustment).toBeLessThan({ NONE: 1, JIAO: 10, YUAN: 100 }[mode]);
      }),
    );
  });

  it("refuses negative amounts", () => {
    expect(() => roundCash(-1, "JIAO")).toThrow(RangeError);
  });
});

describe("isMoney / sumMoney", () => {
  it.each([
    [1, true],
    [0, true],
    [-5, true],
    [1.5, false],
    [Number.NaN, false],
    ["1", false],
  ])("isMoney(%j) = %j", (value, expected) => {
    expect(isMoney(value)).toBe(expected);
  });

  it("sums", () => {
    expect(sumMoney([1, 2, 3])).toBe(6);
    expect(sumMoney([])).toBe(0);
  });
});
