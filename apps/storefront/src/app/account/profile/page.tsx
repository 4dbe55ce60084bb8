import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { ProfileForm } from "../../../features/member/profile-form";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "个人资料" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="member.profile" />
      <MemberGate next="/account/profile">
        <ProfileForm />
      </MemberGate>
    </div>
  );
}
