import type { Metadata } from "next";
import { Suspense } from "react";
import { SegmentList } from "../../../../features/marketing/segment-list";

export const metadata: Metadata = { title: "会员人群" };

export default function Page() {
  return (
    <Suspense>
      <SegmentList />
    </Suspense>
  );
}
