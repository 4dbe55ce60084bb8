import type { Metadata } from "next";
import { Suspense } from "react";
import { PromotionBuilder } from "../../../../../features/marketing/promotion-builder";

export const metadata: Metadata = { title: "新建促销" };

export default function Page() {
  return (
    <Suspense>
      <PromotionBuilder />
    </Suspense>
  );
}
