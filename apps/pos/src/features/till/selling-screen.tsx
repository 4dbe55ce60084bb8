"use client";

import { LoadingState, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useMe } from "../auth/me-context";
import { SellingDesk } from "../sale/selling-desk";
import { ShiftGate } from "../shift/shift-gate";
import { canSellIn } from "./sale-permission";
import { useTillSelection } from "./till-selection";

/** The selling screen: needs a chosen till where the cashier may sell, and an open shift on it. */
export function SellingScreen() {
  useT();
  const me = useMe();
  const router = useRouter();
  const till = useTillSelection();
  const allowed = till ? canSellIn(me, till.storeId) : false;

  useEffect(() => {
    if (till === null || (till && !allowed)) router.replace("/setup");
  }, [till, allowed, router]);

  if (!till || !allowed) {
    return (
      <div className="splash">
        <LoadingState />
      </div>
    );
  }
  return (
    <ShiftGate till={till}>
      <SellingDesk till={till} />
    </ShiftGate>
  );
}
