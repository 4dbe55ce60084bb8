import { createUnionType } from "type-graphql";
import type { SaleFailure } from "./pos-sale.service.ts";
import {
  ApprovalError,
  CouponError,
  OutOfStockError,
  PaymentError,
  PointsError,
  PosSale,
  TenderError,
  UnknownItemError,
} from "./checkout.types.ts";

export const PosSaleResult = createUnionType({
  name: "PosSaleResult",
  description: "The sale, or why it was not recorded (nothing changed).",
  types: () => [PosSale, UnknownItemError, CouponError, TenderError, PointsError, ApprovalError, OutOfStockError, PaymentError] as const,
});

type SaleError = UnknownItemError | CouponError | TenderError | PointsError | ApprovalError | OutOfStockError | PaymentError;

/** Maps a sale failure to its GraphQL error type by its code's family. */
export function toSaleError(f: SaleFailure): SaleError {
  const base = { code: f.code, message: f.message };
  if (f.code === "UNKNOWN_ITEM" || f.code === "ITEM_NOT_SELLABLE")
    return Object.assign(new UnknownItemError(), base, { reference: f.reference ?? "" });
  if (f.code.startsWith("COUPON_"))
    return Object.assign(new CouponError(), base, { couponCode: f.reference ?? null, missing: f.missing ?? null });
  if (f.code.startsWith("TENDER_") || f.code === "STORE_CREDIT_INSUFFICIENT") {
    return Object.assign(new TenderError(), base, {
      missing: f.missing ?? null,
      available: f.available ?? null,
      tender: f.reference ?? null,
    });
  }
  if (f.code.startsWith("POINTS_")) return Object.assign(new PointsError(), base);
  if (f.code.startsWith("APPROVAL_") || f.code.startsWith("MANUAL_")) return Object.assign(new ApprovalError(), base);
  if (f.code === "INSUFFICIENT_STOCK")
    return Object.assign(new OutOfStockError(), base, { variantId: f.reference ?? null, available: f.available ?? null });
  if (f.code.startsWith("PAYMENT_")) return Object.assign(new PaymentError(), base, { tender: f.reference ?? null });
  throw new Error(`unmapped sale failure ${f.code}`);
}
