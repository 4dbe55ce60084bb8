"use client";

import { useT } from "@o2o/client";
import { SubNav } from "../../components/sub-nav";

export function MarketingNav() {
  const t = useT();
  return (
    <SubNav
      label={t("nav.marketing")}
      items={[
        { href: "/marketing", label: t("promo.tab"), exact: true },
        { href: "/marketing/coupons", label: t("coupon.tab") },
        { href: "/marketing/campaigns", label: t("campaign.tab") },
        { href: "/marketing/events", label: t("event.tab") },
        { href: "/marketing/segments", label: t("segment.tab") },
      ]}
    />
  );
}
