import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatYuan, parseFen, parseYuan } from "./yuan-price.ts";

describe("yuan prices", () => {
  it.each([
    ["99", 9900],
    ["99.00", 9900],
    ["99.9", 9990],
    ["19.99", 1999],
    ["0.01", 1],
    ["0.1", 10],
    ["1,299.50", 129950],
    ["¥12.30", 1230],
    ["￥ 5", 500],
    ["９９.５", 9950],
    ["99.500", 9950],
    ["007.05", 705],
    ["99.", 9900],
  ])("%s yuan is %i 分", (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it.each(["", "abc", "-1", "1.234", "1e3", "12,34.00", ".5", "1.2.3", "99999999999999999999"])("rejects %j", (text) => {
    expect(parseYuan(text).ok).toBe(false);
  });

  it("reads whole 分 and writes 分 back as yuan with two decimals", () => {
    expect(parseFen("9990")).toEqual({ ok: true, fen: 9990 });
    expect(parseFen("99.9").ok).toBe(false);
    expect(formatYuan(1999)).toBe("19.99");
    expect(formatYuan(5)).toBe("0.05");
    expect(formatYuan(0)).toBe("0.00");
    expect(formatYuan(100_000_000)).toBe("1000000.00");
  });

  it("formatYuan and parseYuan are inverse for every amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
      }),
    );
  });
});
