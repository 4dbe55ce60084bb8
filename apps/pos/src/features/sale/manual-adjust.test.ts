import { describe, expect, it } from "vitest";
import { manualOf } from "./manual-adjust";

describe("manualOf", () => {
  it.each([
    ["PERCENT_OFF", "10", { kind: "PERCENT_OFF", value: 1000 }],
    ["PERCENT_OFF", "12.5", { kind: "PERCENT_OFF", value: 1250 }],
    ["PERCENT_OFF", "0", null],
    ["PERCENT_OFF", "101", null],
    ["PERCENT_OFF", "abc", null],
    ["AMOUNT_OFF", "5", { kind: "AMOUNT_OFF", value: 500 }],
    ["AMOUNT_OFF", "0", null],
    ["PRICE_OVERRIDE", "49.90", { kind: "PRICE_OVERRIDE", value: 4990 }],
    ["PRICE_OVERRIDE", "0", { kind: "PRICE_OVERRIDE", value: 0 }],
  ] as const)("%s %s", (kind, text, expected) => {
    expect(manualOf(kind, text)).toEqual(expected);
  });
});
