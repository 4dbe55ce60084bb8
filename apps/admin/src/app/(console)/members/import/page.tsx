import type { Metadata } from "next";
import { MemberImport } from "../../../../features/members/member-import";

export const metadata: Metadata = { title: "导入会员" };

export default function Page() {
  return <MemberImport />;
}
