import { authz, type Viewer } from "../../auth/viewer.ts";

/** Who is reading the catalogue: which merchant's, and whether drafts and archived items are in view. */
export type CatalogAudience = {
  /** Null only when no merchant exists yet (an empty storefront). */
  merchantId: string | null;
  /** Staff holding catalog:read see every status and may filter by it; everyone else sees ACTIVE only. */
  allStatuses: boolean;
};

export function seesAllStatuses(viewer: Viewer | null): boolean {
  return viewer?.kind === "STAFF" && authz.scopeOf(viewer, "catalog:read") !== null;
}

/** Cost prices are for staff who may change the catalogue. */
export function seesCostPrice(viewer: Viewer | null): boolean {
  return viewer?.kind === "STAFF" && authz.scopeOf(viewer, "catalog:write") !== null;
}
