"use client";

import type { PosSaleInput } from "@o2o/schema";
import { catalogIndex, currentReference } from "./catalog-cache";
import { getOne } from "./local-db";
import { priceOffline } from "./offline-pricer";
import type { SnapshotMember } from "./snapshot-types";

/**
 * The total a sale comes to by the local snapshot (before cash rounding): what the till charged offline. The server
 * compares it with its own pricing at sync and logs any difference as a conflict. Null pricing (no snapshot) gives -1:
 * the server then records its own total and logs the sale as unverifiable.
 */
export async function offlinePriceTotal(input: PosSaleInput, at: Date): Promise<number> {
  const index = await catalogIndex();
  const ref = currentReference();
  if (!ref || index.size === 0) return -1;
  const member = input.memberId ? ((await getOne<SnapshotMember>("members", input.memberId).catch(() => undefined)) ?? null) : null;
  const priced = priceOffline({
    lines: input.lines.flatMap((l) => {
      const variantId = l.variantId ?? (l.barcode ? index.lookup(l.barcode)?.id : undefined);
      return variantId ? [{ variantId, quantity: l.quantity, manual: l.manual ?? null }] : [];
    }),
    variants: (id) => index.get(id),
    reference: ref,
    member,
    at,
  });
  return priced.ok ? priced.cart.total : -1;
}
