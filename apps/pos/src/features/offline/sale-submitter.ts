"use client";

import { CreatePosSaleDocument, type PosSaleInput } from "@o2o/schema";
import { ApiError, ApiUnreachable, apiRecentlyUnreachable, apiRequest } from "./api-request";
import { offlinePriceTotal } from "./offline-pricing-total";
import { offlineTenderProblem, type SaleRejection } from "./queued-sale";
import { enqueueSale } from "./sale-queue";
import { kickSync } from "./offline-sync";

/** A sale waits at most this long for the API before it is queued (the retry later is safe: same clientSaleId). */
const SALE_TIMEOUT_MS = 8_000;

export type RecordedSale = { orderId: string; change: number; replayed: boolean };

export type SubmitSaleResult =
  | { status: "recorded"; order: RecordedSale }
  | { status: "queued"; clientSaleId: string; expectedTotal: number }
  | { status: "rejected"; error: SaleRejection };

export type SubmitSaleOptions = {
  /** The preview's amountDue (after points, before cash rounding), 分; else computed from the local snapshot. */
  expectedTotal?: number;
  /** When the shopper paid (default now). */
  soldAt?: Date;
};

/** A new client sale id: the idempotency key of the sale, generated once before the first attempt. */
export function newClientSaleId(): string {
  return crypto.randomUUID();
}

function rejectionOf(result: Record<string, unknown>): SaleRejection {
  return {
    code: typeof result.code === "string" ? result.code : "UNKNOWN",
    message: typeof result.message === "string" ? result.message : "",
    reference: typeof result.reference === "string" ? result.reference : typeof result.couponCode === "string" ? result.couponCode : null,
    missing: typeof result.missing === "number" ? result.missing : null,
    available: typeof result.available === "number" ? result.available : null,
  };
}

/**
 * Hands a finished sale to the server, or keeps it for later. Online the server prices and records it at once. When
 * the API cannot be reached the sale goes to the IndexedDB queue (same clientSaleId) and the sync loop delivers it
 * exactly once when the API is back: a retry of an already recorded sale returns the first order.
 */
export async function submitSale(input: PosSaleInput, options: SubmitSaleOptions = {}): Promise<SubmitSaleResult> {
  const soldAt = options.soldAt ?? new Date();
  if (apiRecentlyUnreachable()) return queueSale(input, soldAt, options.expectedTotal);
  try {
    const data = await apiRequest(CreatePosSaleDocument, { input }, SALE_TIMEOUT_MS);
    const result = data.createPosSale;
    if (result.__typename === "PosSale") {
      return { status: "recorded", order: { orderId: result.orderId, change: result.change, replayed: result.replayed } };
    }
    return { status: "rejected", error: rejectionOf(result as Record<string, unknown>) };
  } catch (error) {
    if (error instanceof ApiError) return { status: "rejected", error: { code: error.code, message: error.message } };
    if (!(error instanceof ApiUnreachable)) throw error;
  }
  return queueSale(input, soldAt, options.expectedTotal);
}

/** Queues a sale without trying the network first (the till already knows it is offline). */
export async function queueSale(input: PosSaleInput, soldAt: Date, expectedTotal?: number): Promise<SubmitSaleResult> {
  const wallet = offlineTenderProblem(input);
  if (wallet) {
    return {
      status: "rejected",
      error: {
        code: "OFFLINE_TENDER_UNAVAILABLE",
        message: `${wallet} needs the server: take cash or card while offline.`,
        reference: wallet,
      },
    };
  }
  const coupon = (input.couponCodes ?? []).find((c) => c.trim());
  if (coupon) {
    return {
      status: "rejected",
      error: {
        code: "COUPON_NEEDS_SERVER",
        message: "Coupons are checked by the server: remove the coupon while offline.",
        reference: coupon,
      },
    };
  }
  const total = expectedTotal ?? (await offlinePriceTotal(input, soldAt));
  await enqueueSale({
    clientSaleId: input.clientSaleId,
    input,
    soldAt: soldAt.toISOString(),
    expectedTotal: total,
    queuedAt: Date.now(),
    attempts: 0,
    status: "pending",
    lastError: null,
    rejection: null,
  });
  kickSync();
  return { status: "queued", clientSaleId: input.clientSaleId, expectedTotal: total };
}
