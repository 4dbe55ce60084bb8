import { describe, expect, it } from "vitest";
import { DOMAIN_ERROR_CODES, type DomainErrorCode, domainError, isDomainErrorCode } from "./errors.ts";

// The API's mapper must look like this: adding a code without handling it fails to compile.
function httpStatusFor(code: DomainErrorCode): number {
  switch (code) {
    case "BARCODE_INVALID_FORMAT":
    case "BARCODE_INVALID_CHECK_DIGIT":
    case "BARCODE_INVALID_PREFIX":
    case "BARCODE_SEQUENCE_OUT_OF_RANGE":
    case "PHONE_INVALID":
    case "PROMOTION_INVALID_PARAMS":
    case "MANUAL_DISCOUNT_INVALID":
    case "MANUAL_LINE_NOT_FOUND":
    case "TENDER_INVALID_AMOUNT":
      return 400;
    case "COUPON_EXPIRED":
    case "COUPON_NOT_STARTED":
    case "COUPON_THRESHOLD_NOT_MET":
    case "COUPON_NOT_OWNER":
    case "COUPON_LIMIT_REACHED":
    case "COUPON_NOT_APPLICABLE":
    case "COUPON_NOT_STACKABLE":
    case "COUPON_ALREADY_REDEEMED":
    case "COUPON_VOID":
    case "COUPON_DUPLICATE":
    case "POINTS_INSUFFICIENT":
    case "POINTS_BELOW_MINIMUM":
    case "POINTS_EXCEED_LIMIT":
    case "INVALID_TRANSITION":
    case "ORDER_ALREADY_SHIPPED":
    case "ORDER_ALREADY_COMPLETED":
    case "ORDER_NOT_FULLY_PAID":
    case "RETURN_WINDOW_CLOSED":
    case "RETURN_QUANTITY_EXCEEDS":
    case "REFUND_EXCEEDS_PAID":
    case "NOTHING_TO_RETURN":
    case "RETURN_LINE_NOT_FOUND":
    case "INSUFFICIENT_STOCK":
    case "RESERVATION_RELEASE_EXCEEDS":
    case "TRANSFER_SHIP_EXCEEDS_REQUESTED":
    case "TRANSFER_RECEIVE_EXCEEDS_SHIPPED":
    case "TENDER_SHORT":
    case "TENDER_OVERPAID_NON_CASH":
      return 409;
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}

describe("DomainErrorCode", () => {
  it("lists every code once", () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(DOMAIN_ERROR_CODES.length);
  });

  it("is mapped exhaustively by a switch", () => {
    for (const code of DOMAIN_ERROR_CODES) expect([400, 409]).toContain(httpStatusFor(code));
  });

  it.each([
    ["COUPON_EXPIRED", true],
    ["TENDER_SHORT", true],
    ["NOT_A_CODE", false],
    ["", false],
  ])("isDomainErrorCode(%j) = %j", (value, expected) => {
    expect(isDomainErrorCode(value)).toBe(expected);
  });

  it("builds error values", () => {
    expect(domainError("PHONE_INVALID", "bad")).toEqual({ ok: false, code: "PHONE_INVALID", message: "bad" });
  });
});
