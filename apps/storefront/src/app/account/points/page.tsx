import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { PointsHistory } from "../../../features/member/points-history";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "积分明细" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="member.points" />
      <MemberGate next="/account/points">
        <PointsHistory />
      </MemberGate>
    </div>
  );
}
