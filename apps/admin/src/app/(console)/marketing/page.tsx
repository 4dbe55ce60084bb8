import type { Metadata } from "next";
import { Suspense } from "react";
import { PromotionList } from "../../../features/marketing/promotion-list";

export const metadata: Metadata = { title: "营销" };

export default function Page() {
  return (
    <Suspense>
      <PromotionList />
    </Suspense>
  );
}
