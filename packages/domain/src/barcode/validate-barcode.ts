import { type DomainError, domainError, type Result } from "../errors.ts";
import { gs1CheckDigit } from "./check-digit.ts";
import { normaliseScannedCode } from "./scanned-input.ts";

export type BarcodeFormat = "EAN13" | "UPCA" | "EAN8";

export type BarcodeResult = Result<
  { readonly code: string; readonly format: BarcodeFormat },
  DomainError<"BARCODE_INVALID_FORMAT" | "BARCODE_INVALID_CHECK_DIGIT">
>;

const FORMAT_BY_LENGTH: Record<number, BarcodeFormat> = { 13: "EAN13", 12: "UPCA", 8: "EAN8" };

// Rule: a scanned code is an EAN-13, UPC-A or EAN-8 (by length) with a correct GS1 check digit.
export function validateBarcode(input: string): BarcodeResult {
  const code = normaliseScannedCode(input);
  const format = FORMAT_BY_LENGTH[code.length];
  if (format === undefined || !/^\d+$/.test(code)) {
    return domainError("BARCODE_INVALID_FORMAT", `"${code}" is not an EAN-13, UPC-A or EAN-8 barcode`);
  }
  const expected = gs1CheckDigit(code.slice(0, -1));
  if (expected !== code.charCodeAt(code.length - 1) - 48) {
    return domainError("BARCODE_INVALID_CHECK_DIGIT", `"${code}" has a wrong check digit (expected ${expected})`);
  }
  return { ok: true, code, format };
}

// Rule: a UPC-A is the same GTIN as the EAN-13 with a leading 0, so catalogues store one form.
export function upcAToEan13(upcA: string): string {
  return `0${upcA}`;
}
