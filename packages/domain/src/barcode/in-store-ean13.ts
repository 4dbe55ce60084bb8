import { type DomainError, domainError, type Result } from "../errors.ts";
import { gs1CheckDigit } from "./check-digit.ts";

/** GS1 restricted-circulation prefixes 20-29, free for a retailer's own in-store codes. */
export type InStorePrefix = "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29";

export const MAX_IN_STORE_SEQUENCE = 9_999_999_999;

export type InStoreEan13Result = Result<{ readonly code: string }, DomainError<"BARCODE_INVALID_PREFIX" | "BARCODE_SEQUENCE_OUT_OF_RANGE">>;

// Rule: in-store codes use a GS1 restricted-circulation prefix 20-29.
export function isInStorePrefix(value: string): value is InStorePrefix {
  return /^2\d$/.test(value);
}

// Rule: an in-store EAN-13 is prefix (2 digits) + zero-padded 10-digit sequence + GS1 check digit.
export function generateInStoreEan13(merchantPrefix: InStorePrefix, sequence: number): InStoreEan13Result {
  if (!isInStorePrefix(merchantPrefix)) {
    return domainError("BARCODE_INVALID_PREFIX", `in-store prefix must be 20-29, got "${merchantPrefix}"`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > MAX_IN_STORE_SEQUENCE) {
    return domainError("BARCODE_SEQUENCE_OUT_OF_RANGE", `sequence must be 0-${MAX_IN_STORE_SEQUENCE}, got ${sequence}`);
  }
  const payload = `${merchantPrefix}${String(sequence).padStart(10, "0")}`;
  return { ok: true, code: `${payload}${gs1CheckDigit(payload)}` };
}

// Rule: an EAN-13 starting 20-29 is one of our in-store codes, not a manufacturer GTIN.
export function isInStoreEan13(code: string): boolean {
  return code.length === 13 && isInStorePrefix(code.slice(0, 2));
}
