import type { Db } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";

/** The locations, which must all be the merchant's (NOT_FOUND otherwise, so other merchants' ids reveal nothing). */
export async function requireLocations(db: Db, merchantId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const rows = await db.store.findMany({ where: { id: { in: unique }, merchantId }, select: { id: true, code: true, type: true } });
  const missing = unique.find((id) => !rows.some((r) => r.id === id));
  if (missing) throw notFound("Store", missing);
  return new Map(rows.map((r) => [r.id, r]));
}

/** The variants, which must all be the merchant's. */
export async function requireVariants(db: Db, merchantId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const rows = await db.variant.findMany({ where: { id: { in: unique }, merchantId }, select: { id: true, sku: true, costPrice: true } });
  const missing = unique.find((id) => !rows.some((r) => r.id === id));
  if (missing) throw notFound("Variant", missing);
  return new Map(rows.map((r) => [r.id, r]));
}
