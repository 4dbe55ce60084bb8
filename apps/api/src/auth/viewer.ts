import { forbidden, unauthenticated } from "../errors/api-errors.ts";
import type { Permission } from "./permissions.ts";

/** "ALL" = merchant-wide; otherwise the store ids where the permission holds. */
export type Scope = "ALL" | ReadonlySet<string>;

export type StaffViewer = {
  kind: "STAFF";
  sessionId: string;
  staffId: string;
  merchantId: string;
  username: string;
  displayName: string;
  grants: ReadonlyMap<Permission, Scope>;
};

export type MemberViewer = { kind: "MEMBER"; sessionId: string; memberId: string; merchantId: string };

export type Viewer = StaffViewer | MemberViewer;

/** The single place permissions are decided. */
export const authz = {
  requireViewer(viewer: Viewer | null): Viewer {
    if (!viewer) throw unauthenticated();
    return viewer;
  },

  requireStaff(viewer: Viewer | null): StaffViewer {
    if (!viewer) throw unauthenticated();
    if (viewer.kind !== "STAFF") throw forbidden("This operation is for staff.");
    return viewer;
  },

  requireMember(viewer: Viewer | null): MemberViewer {
    if (!viewer) throw unauthenticated();
    if (viewer.kind !== "MEMBER") throw forbidden("This operation is for members.");
    return viewer;
  },

  /** Where the staff member holds the permission, or null when nowhere. */
  scopeOf(viewer: StaffViewer, permission: Permission): Scope | null {
    return viewer.grants.get(permission) ?? null;
  },

  /** Staff with the permission somewhere (for merchant-wide data such as the catalogue, or lists to be filtered). */
  require(viewer: Viewer | null, permission: Permission): { staff: StaffViewer; scope: Scope } {
    const staff = authz.requireStaff(viewer);
    const scope = authz.scopeOf(staff, permission);
    if (!scope) throw forbidden(`Missing permission ${permission}.`);
    return { staff, scope };
  },

  /** Staff with the permission in this store (or merchant-wide). */
  requireInStore(viewer: Viewer | null, permission: Permission, storeId: string): StaffViewer {
    const { staff, scope } = authz.require(viewer, permission);
    if (scope !== "ALL" && !scope.has(storeId)) throw forbidden(`Missing permission ${permission} in this store.`);
    return staff;
  },

  /** Staff with the permission merchant-wide (e.g. editing roles, merchant settings). */
  requireMerchantWide(viewer: Viewer | null, permission: Permission): StaffViewer {
    const { staff, scope } = authz.require(viewer, permission);
    if (scope !== "ALL") throw forbidden(`Missing merchant-wide permission ${permission}.`);
    return staff;
  },

  /** A Prisma filter value for store-scoped lists: undefined = no restriction. */
  storeFilter(scope: Scope): { in: string[] } | undefined {
    return scope === "ALL" ? undefined : { in: [...scope] };
  },

  canSeeStore(scope: Scope, storeId: string | null | undefined): boolean {
    return scope === "ALL" || (storeId != null && scope.has(storeId));
  },
};

/** Merges role assignments into per-permission scopes. */
export function buildGrants(assignments: { storeId: string | null; permissions: readonly string[] }[]): Map<Permission, Scope> {
  const grants = new Map<Permission, Scope>();
  for (const a of assignments) {
    for (const p of a.permissions as Permission[]) {
      const current = grants.get(p);
      if (current === "ALL") continue;
      if (a.storeId === null) grants.set(p, "ALL");
      else grants.set(p, new Set([...(current ?? []), a.storeId]));
    }
  }
  return grants;
}
