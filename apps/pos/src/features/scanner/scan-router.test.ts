import { describe, expect, it } from "vitest";
import { classifyScan, couldBeCoupon } from "./scan-router";

describe("classifyScan", () => {
  it.each([
    ["6901234567892", {}, { kind: "item", code: "6901234567892" }],
    ["TS-GRY-L", {}, { kind: "item", code: "TS-GRY-L" }],
    ["O2O-MEMBER:abc123", {}, { kind: "member-id", memberId: "abc123" }],
    ["13800000001", {}, { kind: "member-phone", phone: "13800000001" }],
    ["SO2026112400001", {}, { kind: "receipt", orderNumber: "SO2026112400001" }],
    ["DEMO-COUPON-20", {}, { kind: "coupon", code: "DEMO-COUPON-20" }],
    ["cpabcdefgh23", {}, { kind: "coupon", code: "CPABCDEFGH23" }],
    ["134567890123456789", { paying: true }, { kind: "payment-code", wallet: "WECHAT_PAY", code: "134567890123456789" }],
    ["284567890123456789", {}, { kind: "payment-code", wallet: "ALIPAY", code: "284567890123456789" }],
  ] as const)("%s", (code, options, expected) => {
    expect(classifyScan(code, options)).toEqual(expected);
  });

  it("lets letters-and-digits codes be tried as coupons", () => {
    expect(couldBeCoupon("WELCOME10")).toBe(true);
    expect(couldBeCoupon("6901234567892")).toBe(false);
  });
});
