"use client";

import { useT } from "@o2o/client";
import { SubNav } from "../../components/sub-nav";

export function SettingsNav() {
  const t = useT();
  return (
    <SubNav
      label={t("settings.nav")}
      items={[
        { href: "/settings", label: t("settings.stores"), exact: true },
        { href: "/settings/receipt", label: t("settings.tab.receipt") },
        { href: "/settings/payments", label: t("settings.tab.payments") },
        { href: "/settings/languages", label: t("settings.tab.languages") },
      ]}
    />
  );
}
