// Every expected business failure the domain can return, grouped by concept. The API maps DomainErrorCode
// exhaustively, so adding a code here is a compile error there until it is handled.

export const BARCODE_ERROR_CODES = [
  "BARCODE_INVALID_FORMAT",
  "BARCODE_INVALID_CHECK_DIGIT",
  "BARCODE_INVALID_PREFIX",
  "BARCODE_SEQUENCE_OUT_OF_RANGE",
] as const;

export const PHONE_ERROR_CODES = ["PHONE_INVALID"] as const;

export const PROMOTION_ERROR_CODES = ["PROMOTION_INVALID_PARAMS"] as const;

export const COUPON_ERROR_CODES = [
  "COUPON_EXPIRED",
  "COUPON_NOT_STARTED",
  "COUPON_THRESHOLD_NOT_MET",
  "COUPON_NOT_OWNER",
  "COUPON_LIMIT_REACHED",
  "COUPON_NOT_APPLICABLE",
  "COUPON_NOT_STACKABLE",
  "COUPON_ALREADY_REDEEMED",
  "COUPON_VOID",
  "COUPON_DUPLICATE",
] as const;

export const MANUAL_DISCOUNT_ERROR_CODES = ["MANUAL_DISCOUNT_INVALID", "MANUAL_LINE_NOT_FOUND"] as const;

export const POINTS_ERROR_CODES = ["POINTS_INSUFFICIENT", "POINTS_BELOW_MINIMUM", "POINTS_EXCEED_LIMIT"] as const;

export const ORDER_STATE_ERROR_CODES = [
  "INVALID_TRANSITION",
  "ORDER_ALREADY_SHIPPED",
  "ORDER_ALREADY_COMPLETED",
  "ORDER_NOT_FULLY_PAID",
  "RETURN_WINDOW_CLOSED",
] as const;

export const RETURN_ERROR_CODES = ["RETURN_QUANTITY_EXCEEDS", "REFUND_EXCEEDS_PAID", "NOTHING_TO_RETURN", "RETURN_LINE_NOT_FOUND"] as const;

export const STOCK_ERROR_CODES = [
  "INSUFFICIENT_STOCK",
  "RESERVATION_RELEASE_EXCEEDS",
  "TRANSFER_SHIP_EXCEEDS_REQUESTED",
  "TRANSFER_RECEIVE_EXCEEDS_SHIPPED",
] as const;

export const TENDER_ERROR_CODES = ["TENDER_SHORT", "TENDER_OVERPAID_NON_CASH", "TENDER_INVALID_AMOUNT"] as const;

export const DOMAIN_ERROR_CODES = [
  ...BARCODE_ERROR_CODES,
  ...PHONE_ERROR_CODES,
  ...PROMOTION_ERROR_CODES,
  ...COUPON_ERROR_CODES,
  ...MANUAL_DISCOUNT_ERROR_CODES,
  ...POINTS_ERROR_CODES,
  ...ORDER_STATE_ERROR_CODES,
  ...RETURN_ERROR_CODES,
  ...STOCK_ERROR_CODES,
  ...TENDER_ERROR_CODES,
] as const;

export type BarcodeErrorCode = (typeof BARCODE_ERROR_CODES)[number];
export type PhoneErrorCode = (typeof PHONE_ERROR_CODES)[number];
export type PromotionErrorCode = (typeof PROMOTION_ERROR_CODES)[number];
export type CouponErrorCode = (typeof COUPON_ERROR_CODES)[number];
export type ManualDiscountErrorCode = (typeof MANUAL_DISCOUNT_ERROR_CODES)[number];
export type PointsErrorCode = (typeof POINTS_ERROR_CODES)[number];
export type OrderStateErrorCode = (typeof ORDER_STATE_ERROR_CODES)[number];
export type ReturnErrorCode = (typeof RETURN_ERROR_CODES)[number];
export type StockErrorCode = (typeof STOCK_ERROR_CODES)[number];
export type TenderErrorCode = (typeof TENDER_ERROR_CODES)[number];
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** An expected business failure, returned (never thrown). */
export interface DomainError<C extends DomainErrorCode = DomainErrorCode> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
}

export type Ok<T extends object> = { readonly ok: true } & T;

export type Result<T extends object, E extends DomainError> = Ok<T> | E;

// Builds the error value every domain function returns for an expected failure.
export function domainError<C extends DomainErrorCode>(code: C, message: string): DomainError<C> {
  return { ok: false, code, message };
}

// Type guard: is this string one of the domain's error codes (for mapping untyped data, e.g. stored events).
export function isDomainErrorCode(value: string): value is DomainErrorCode {
  return (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
}
