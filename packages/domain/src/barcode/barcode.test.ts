import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gs1CheckDigit, isValidEan8, isValidEan13, isValidUpcA } from "./check-digit.ts";
import { generateInStoreEan13, type InStorePrefix, isInStoreEan13, isInStorePrefix } from "./in-store-ean13.ts";
import { normaliseScannedCode } from "./scanned-input.ts";
import { upcAToEan13, validateBarcode } from "./validate-barcode.ts";

describe("check digits", () => {
  it.each([
    ["4006381333931", true],
    ["6901234567892", true],
    ["6920202888883", true],
    ["6901234567893", false],
    ["690123456789", false],
    ["69012345678a2", false],
  ])("isValidEan13(%s) = %j", (code, expected) => {
    expect(isValidEan13(code)).toBe(expected);
  });

  it.each([
    ["036000291452", true],
    ["036000291453", false],
  ])("isValidUpcA(%s) = %j", (code, expected) => {
    expect(isValidUpcA(code)).toBe(expected);
  });

  it.each([
    ["96385074", true],
    ["96385075", false],
  ])("isValidEan8(%s) = %j", (code, expected) => {
    expect(isValidEan8(code)).toBe(expected);
  });

  it("a UPC-A is valid as EAN-13 with a leading zero", () => {
    expect(isValidEan13(upcAToEan13("036000291452"))).toBe(true);
  });

  it("catches every single-digit error", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.nat({ max: 12 }), fc.integer({ min: 1, max: 9 }), (payload, at, delta) => {
        const code = `${payload}${gs1CheckDigit(payload)}`;
        const digit = (Number(code[at]) + delta) % 10;
        const broken = `${code.slice(0, at)}${digit}${code.slice(at + 1)}`;
        expect(isValidEan13(code)).toBe(true);
        expect(isValidEan13(broken)).toBe(false);
      }),
    );
  });
});

describe("validateBarcode", () => {
  it.each([
    [" 6901234567892\r\n", { ok: true, code: "6901234567892", format: "EAN13" }],
    ["６９０１２３４５６７８９２", { ok: true, code: "6901234567892", format: "EAN13" }],
    ["036000 291452", { ok: true, code: "036000291452", format: "UPCA" }],
    ["9638 5074", { ok: true, code: "96385074", format: "EAN8" }],
  ])("accepts %j", (input, expected) => {
    expect(validateBarcode(input)).toEqual(expected);
  });

  it.each([
    ["6901234567893", "BARCODE_INVALID_CHECK_DIGIT"],
    ["12345", "BARCODE_INVALID_FORMAT"],
    ["ABCDEFGHIJKLM", "BARCODE_INVALID_FORMAT"],
    ["", "BARCODE_INVALID_FORMAT"],
  ])("rejects %j with %s", (input, code) => {
    expect(validateBarcode(input)).toMatchObject({ ok: false, code });
  });
});

describe("generateInStoreEan13", () => {
  it.each([
    ["20", 0, "2000000000008"],
    ["29", 9_999_999_999, "2999999999991"],
    ["21", 12345, "2100000123452"],
  ] as const)("generateInStoreEan13(%s, %i) = %s", (prefix, sequence, code) => {
    const result = generateInStoreEan13(prefix, sequence);
    expect(result).toEqual({ ok: true, code });
    expect(isValidEan13(code)).toBe(true);
    expect(isInStoreEan13(code)).toBe(true);
  });

  it.each([
    ["20", -1, "BARCODE_SEQUENCE_OUT_OF_RANGE"],
    ["20", 10_000_000_000, "BARCODE_SEQUENCE_OUT_OF_RANGE"],
    ["20", 1.5, "BARCODE_SEQUENCE_OUT_OF_RANGE"],
    ["30", 1, "BARCODE_INVALID_PREFIX"],
  ])("refuses prefix %s sequence %d with %s", (prefix, sequence, code) => {
    expect(generateInStoreEan13(prefix as InStorePrefix, sequence)).toMatchObject({ ok: false, code });
  });

  it("always produces a valid, scannable in-store code", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 29 }), fc.integer({ min: 0, max: 9_999_999_999 }), (prefix, sequence) => {
        const result = generateInStoreEan13(String(prefix) as InStorePrefix, sequence);
        if (!result.ok) throw new Error(result.message);
        expect(validateBarcode(result.code)).toMatchObject({ ok: true, format: "EAN13" });
        expect(isInStoreEan13(result.code)).toBe(true);
      }),
    );
  });

  it("recognises in-store prefixes", () => {
    expect(["19", "20", "29", "2", "2a"].map(isInStorePrefix)).toEqual([false, true, true, false, false]);
    expect(isInStoreEan13("6901234567892")).toBe(false);
  });
});

describe("normaliseScannedCode", () => {
  it.each([
    ["  123 456\t", "123456"],
    ["\u3000１２３\u001d", "123"],
    ["abc\n", "abc"],
  ])("normaliseScannedCode(%j) = %j", (input, expected) => {
    expect(normaliseScannedCode(input)).toBe(expected);
  });
});
