import type { Me } from "@o2o/client";

/** Whether the viewer may ring up sales in the store (sale:create merchant-wide or in that store). */
export function canSellIn(me: Me, storeId: string): boolean {
  return me.permissions.some((g) => g.permission === "sale:create" && (g.allStores || g.storeIds.includes(storeId)));
}
