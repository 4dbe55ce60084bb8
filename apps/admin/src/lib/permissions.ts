import type { Me } from "@o2o/client";

/** Permissions that only make sense in the back office; holding none of them means a till-only account. */
const BACK_OFFICE = [
  "catalog:write",
  "price:write",
  "stock:write",
  "transfer:write",
  "stocktake:write",
  "order:fulfil",
  "marketing:read",
  "staff:read",
  "audit:read",
  "report:read",
  "store:write",
] as const;

export function canUseConsole(me: Me): boolean {
  return me.permissions.some((g) => (BACK_OFFICE as readonly string[]).includes(g.permission));
}

/** Whether the viewer holds `permission` in `storeId` (or merchant-wide). */
export function canInStore(me: Me, permission: string, storeId: string): boolean {
  return me.permissions.some((g) => g.permission === permission && (g.allStores || g.storeIds.includes(storeId)));
}

/** Whether the viewer holds `permission` for every store. */
export function canMerchantWide(me: Me, permission: string): boolean {
  return me.permissions.some((g) => g.permission === permission && g.allStores);
}
