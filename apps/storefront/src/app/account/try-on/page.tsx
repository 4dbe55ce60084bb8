import type { Metadata } from "next";
import { BackLink, MemberGate } from "../../../features/member/member-gate";
import { TryOnForm } from "../../../features/member/ticket-form";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "预约试穿" };

export default function Page() {
  return (
    <div className="container page narrow-page">
      <BackLink />
      <PageTitle k="member.tryOn" />
      <MemberGate next="/account/try-on">
        <TryOnForm />
      </MemberGate>
    </div>
  );
}
