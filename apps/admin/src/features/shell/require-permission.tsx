"use client";

import { hasPermission } from "@o2o/client";
import type { ReactNode } from "react";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { AccessDenied } from "./access-denied";

/** Shows the page only to viewers holding `permission` (in some store, or merchant-wide when `merchantWide`). */
export function RequirePermission({
  permission,
  merchantWide = false,
  children,
}: {
  permission: string;
  merchantWide?: boolean;
  children: ReactNode;
}) {
  const me = useMe();
  const allowed = merchantWide ? canMerchantWide(me, permission) : hasPermission(me, permission);
  return allowed ? children : <AccessDenied permission={permission} />;
}
