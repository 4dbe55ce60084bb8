"use client";

import { AdminMerchantSettingsDocument, type AdminMerchantSettingsQuery } from "@o2o/schema";
import { useQuery } from "urql";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";

export type MerchantSettingsData = AdminMerchantSettingsQuery["merchantSettings"];

/** The merchant's receipt, payment and language settings, and whether the viewer may change them. */
export function useMerchantSettings() {
  const me = useMe();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AdminMerchantSettingsDocument });
  return {
    settings: data?.merchantSettings ?? null,
    error,
    fetching,
    retry: () => reexecute({ requestPolicy: "network-only" }),
    canEdit: canMerchantWide(me, "store:write"),
  };
}
