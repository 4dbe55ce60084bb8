/** Every permission the API checks. Roles are sets of these; assignments scope them to a store or the merchant. */
export const PERMISSIONS = [
  "catalog:read",
  "catalog:write",
  "price:write",
  "stock:read",
  "stock:write",
  "transfer:write",
  "stocktake:write",
  "order:read",
  "order:fulfil",
  "sale:create",
  "refund:create",
  "price:override",
  "shift:manage",
  "member:read",
  "member:write",
  "marketing:read",
  "marketing:write",
  "staff:read",
  "staff:write",
  "role:write",
  "store:read",
  "store:write",
  "audit:read",
  "report:read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** The system roles every merchant starts with. Owners hold them merchant-wide; others usually per store. */
export const SYSTEM_ROLES: Record<string, { name: string; permissions: readonly Permission[] }> = {
  owner: { name: "店主 Owner", permissions: PERMISSIONS },
  store_manager: {
    name: "店长 Store manager",
    permissions: PERMISSIONS.filter((p) => p !== "role:write" && p !== "store:write"),
  },
  cashier: {
    name: "收银员 Cashier",
    permissions: [
      "catalog:read",
      "stock:read",
      "sale:create",
      "refund:create",
      "shift:manage",
      "member:read",
      "member:write",
      "order:read",
      "store:read",
    ],
  },
  stock_clerk: {
    name: "库管 Stock clerk",
    permissions: [
      "catalog:read",
      "stock:read",
      "stock:write",
      "transfer:write",
      "stocktake:write",
      "order:read",
      "order:fulfil",
      "store:read",
    ],
  },
  marketing: {
    name: "市场 Marketing",
    permissions: ["catalog:read", "marketing:read", "marketing:write", "member:read", "report:read", "store:read"],
  },
};
