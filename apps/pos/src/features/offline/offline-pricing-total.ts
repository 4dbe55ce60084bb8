"use client";

import type { PosSaleInput } from "@o2o/schema";
import { previewSaleOffline } from "./offline-preview";

/**
 * What a sale comes to by the local snapshot, after points and before cash rounding (the preview's amountDue): what the
 * till charged offline. The server compares it with its own pricing at sync and logs a difference as a conflict. -1 when
 * the till cannot price it (no snapshot yet): the server then records its own total.
 */
export async function offlinePriceTotal(input: PosSaleInput, at: Date): Promise<number> {
  const result = await previewSaleOffline(
    {
      storeId: input.storeId,
      lines: input.lines,
      memberId: input.memberId ?? null,
      pointsToRedeem: input.pointsToRedeem ?? 0,
      couponCodes: [],
    },
    at,
  );
  return result.ok ? result.preview.amountDue : -1;
}
