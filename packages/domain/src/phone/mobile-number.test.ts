import { describe, expect, it } from "vitest";
import { maskMobileNumber, normaliseMobileNumber } from "./mobile-number.ts";

describe("normaliseMobileNumber", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["+86 138 1234 5678", "13812345678"],
    ["0086-138-1234-5678", "13812345678"],
    ["8613812345678", "13812345678"],
    [" 199 9999 0000 ", "19999990000"],
    ["(+86) 150.1234.5678", "15012345678"],
    ["１３８１２３４５６７８", "13812345678"],
  ])("normalises %j to %s", (input, mobile) => {
    expect(normaliseMobileNumber(input)).toEqual({ ok: true, mobile });
  });

  it.each(["12812345678", "1381234567", "138123456789", "+85213812345678", "010-12345678", "abc", "", "+86"])("rejects %j", (input) => {
    expect(normaliseMobileNumber(input)).toMatchObject({ ok: false, code: "PHONE_INVALID" });
  });
});

describe("maskMobileNumber", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["12345", "*2345"],
  ])("masks %s as %s", (input, expected) => {
    expect(maskMobileNumber(input)).toBe(expected);
  });
});
