import type { Db } from "../../db/client.ts";
import { invalidField } from "../../errors/api-errors.ts";

/**
 * Where an online order is fulfilled and its stock is held: the pickup store the shopper chose, or the merchant's online
 * warehouse (its first WAREHOUSE-type location by code) for delivery.
 */
export async function warehouseOf(db: Db, merchantId: string): Promise<string> {
  const warehouse = await db.store.findFirst({
    where: { merchantId, type: "WAREHOUSE", active: true },
    orderBy: [{ code: "asc" }],
    select: { id: true },
  });
  if (!warehouse) throw new Error(`merchant ${merchantId} has no active warehouse for online orders`);
  return warehouse.id;
}

/** A shop that offers store pickup (active, not a warehouse, `settings.pickupEnabled` not false); throws BAD_USER_INPUT otherwise. */
export async function requirePickupStore(db: Db, merchantId: string, storeId: string, field = "storeId"): Promise<string> {
  const store = await db.store.findFirst({
    where: { id: storeId, merchantId, active: true },
    select: { id: true, type: true, settings: true },
  });
  const settings = (store?.settings ?? {}) as { pickupEnabled?: unknown };
  if (!store || store.type === "WAREHOUSE" || settings.pickupEnabled === false) {
    throw invalidField(field, "This store does not offer pickup.");
  }
  return store.id;
}

/** The location that holds stock for a cart: the pickup store, else the warehouse. */
export async function fulfilmentLocationOf(db: Db, merchantId: string, pickupStoreId: string | null): Promise<string> {
  return pickupStoreId ?? warehouseOf(db, merchantId);
}
