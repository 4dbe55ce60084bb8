import type { Metadata } from "next";
import { Suspense } from "react";
import { MemberList } from "../../../features/members/member-list";

export const metadata: Metadata = { title: "会员" };

export default function Page() {
  return (
    <Suspense>
      <MemberList />
    </Suspense>
  );
}
