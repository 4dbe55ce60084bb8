import { describe, expect, it } from "vitest";
import { parseYuan, quickCashOptions, roundCashDown, summariseTenders, type TenderEntry, walletOfPaymentCode } from "./tender-math";

const t = (tender: TenderEntry["tender"], amount: number): TenderEntry => ({ id: `${tender}${amount}`, tender, amount });

describe("summariseTenders", () => {
  it.each([
    ["nothing yet", 1234, [], "NONE", { remaining: 1234, change: 0, settled: false }],
    ["exact cash", 1234, [t("CASH", 1234)], "NONE", { remaining: 0, change: 0, settled: true }],
    ["cash with change", 1234, [t("CASH", 2000)], "NONE", { remaining: 0, change: 766, settled: true }],
    ["cash short", 1234, [t("CASH", 1000)], "NONE", { remaining: 234, change: 0, settled: false }],
    ["split card + cash with change", 5000, [t("CARD", 3000), t("CASH", 2500)], "NONE", { remaining: 0, change: 500, settled: true }],
    ["split wechat + cash", 5000, [t("CASH", 2000), t("WECHAT_PAY", 3000)], "NONE", { remaining: 0, change: 0, settled: true }],
    ["non-cash over the total", 1000, [t("CARD", 1200)], "NONE", { overpaidNonCash: true, settled: false, change: 0 }],
    ["抹零 to 角 only with cash", 1234, [t("CASH", 1230)], "JIAO", { cashDue: 1230, roundingAdjustment: -4, settled: true }],
    ["no 抹零 without cash", 1234, [t("CARD", 1230)], "JIAO", { remaining: 4, settled: false }],
    ["抹零 to 元", 1299, [t("CASH", 2000)], "YUAN", { cashDue: 1200, change: 800 }],
    ["free order", 0, [], "NONE", { remaining: 0, settled: true }],
  ] as const)("%s", (_name, due, tenders, rounding, expected) => {
    expect(summariseTenders(due, tenders, rounding)).toMatchObject(expected);
  });
});

describe("roundCashDown", () => {
  it("floors to 角 or 元", () => {
    expect([roundCashDown(1299, "NONE"), roundCashDown(1299, "JIAO"), roundCashDown(1299, "YUAN")]).toEqual([1299, 1290, 1200]);
  });
});

describe("quickCashOptions", () => {
  it.each([
    [1234, [1234, 2000, 5000, 10000]],
    [2000, [2000, 5000, 10000, 20000]],
    [8800, [8800, 9000, 10000, 20000]],
    [10000, [10000, 20000]],
    [0, []],
  ])("%i 分", (due, expected) => {
    expect(quickCashOptions(due)).toEqual(expected);
  });
});

describe("walletOfPaymentCode", () => {
  it.each([
    ["134567890123456789", "WECHAT_PAY"],
    ["284567890123456789", "ALIPAY"],
    ["6901234567892", null],
    ["164567890123456789", null],
  ])("%s → %s", (code, wallet) => {
    expect(walletOfPaymentCode(code)).toBe(wallet);
  });
});

describe("parseYuan", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["¥0.05", 5],
    ["12.345", null],
    ["abc", null],
    ["", null],
  ])("%s", (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });
});
