"use client";

import { useT } from "@o2o/client";
import type { ReactNode } from "react";
import { PageHeader } from "../../components/page-header";
import { SubNav } from "../../components/sub-nav";

/** The heading of every marketing page: the section's title, the page's subtitle, and the tabs between its pages. */
export function MarketingHeader({ subtitle, actions }: { subtitle: ReactNode; actions?: ReactNode }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t("nav.marketing")} subtitle={subtitle} actions={actions} />
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
    </>
  );
}
