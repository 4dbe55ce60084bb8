import type { PermissionGrant, Translate } from "@o2o/client";
import { isMessageKey, type MessageKey } from "../../i18n/messages";

/** Business areas for grouping permissions on screen; the order is the order shown. */
export const PERMISSION_AREAS: readonly { label: MessageKey; permissions: readonly string[] }[] = [
  { label: "area.catalog", permissions: ["catalog:read", "catalog:write", "price:write"] },
  { label: "area.stock", permissions: ["stock:read", "stock:write", "transfer:write", "stocktake:write"] },
  { label: "area.sales", permissions: ["order:read", "order:fulfil", "sale:create", "refund:create", "price:override", "shift:manage"] },
  { label: "area.members", permissions: ["member:read", "member:write"] },
  { label: "area.marketing", permissions: ["marketing:read", "marketing:write"] },
  { label: "area.staff", permissions: ["staff:read", "staff:write", "role:write"] },
  { label: "area.stores", permissions: ["store:read", "store:write"] },
  { label: "area.insights", permissions: ["audit:read", "report:read"] },
];

/** "catalog:read" → "查看商品"; a permission the dictionary does not know yet shows as its code. */
export function permissionLabel(t: Translate, permission: string): string {
  const key = `perm.${permission}`;
  return isMessageKey(key) ? t(key) : permission;
}

/** The viewer's grants per area, leaving out empty areas; unknown permissions land in a trailing group. */
export function groupGrants(grants: readonly PermissionGrant[]): { label: MessageKey | null; grants: PermissionGrant[] }[] {
  const known = new Set(PERMISSION_AREAS.flatMap((a) => a.permissions));
  const groups: { label: MessageKey | null; grants: PermissionGrant[] }[] = PERMISSION_AREAS.map((area) => ({
    label: area.label,
    grants: area.permissions.flatMap((p) => grants.filter((g) => g.permission === p)),
  }));
  groups.push({ label: null, grants: grants.filter((g) => !known.has(g.permission)) });
  return groups.filter((g) => g.grants.length > 0);
}
