"use client";

import { useT } from "@o2o/client";
import { SubNav } from "../../components/sub-nav";

export function InventoryNav() {
  const t = useT();
  return (
    <SubNav
      label={t("nav.inventory")}
      items={[
        { href: "/inventory", label: t("inv.levels"), exact: true },
        { href: "/inventory/movements", label: t("inv.movements") },
        { href: "/inventory/receive", label: t("inv.receive") },
        { href: "/inventory/transfers", label: t("inv.transfers") },
        { href: "/inventory/stocktakes", label: t("inv.stocktakes") },
      ]}
    />
  );
}
