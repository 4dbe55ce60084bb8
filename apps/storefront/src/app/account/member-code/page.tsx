import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { MemberCodeView } from "../../../features/member/member-code-view";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "会员码" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="memberCode.title" />
      <MemberGate next="/account/member-code">
        <MemberCodeView />
      </MemberGate>
    </div>
  );
}
