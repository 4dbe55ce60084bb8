import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { MemberEvents } from "../../../features/member/member-events";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "会员活动" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="member.events" />
      <MemberGate next="/account/events">
        <MemberEvents />
      </MemberGate>
    </div>
  );
}
