import type { Metadata } from "next";
import { Suspense } from "react";
import { CampaignList } from "../../../../features/marketing/campaign-list";

export const metadata: Metadata = { title: "营销活动" };

export default function Page() {
  return (
    <Suspense>
      <CampaignList />
    </Suspense>
  );
}
