"use client";

import { useT } from "@o2o/client";
import { SubNav } from "../../components/sub-nav";

export function MembersNav() {
  const t = useT();
  return (
    <SubNav
      label={t("nav.members")}
      items={[
        { href: "/members", label: t("members.list"), exact: true },
        { href: "/members/tickets", label: t("ticket.tab") },
        { href: "/members/tiers", label: t("tiers.tab") },
        { href: "/members/import", label: t("memberImport.tab") },
      ]}
    />
  );
}
