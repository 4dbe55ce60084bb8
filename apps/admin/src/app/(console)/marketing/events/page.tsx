import type { Metadata } from "next";
import { Suspense } from "react";
import { MemberEventList } from "../../../../features/marketing/member-event-list";

export const metadata: Metadata = { title: "会员活动" };

export default function Page() {
  return (
    <Suspense>
      <MemberEventList />
    </Suspense>
  );
}
