import type { Metadata } from "next";
import { MemberImport } from "../../../../features/members/member-import";
import { RequirePermission } from "../../../../features/shell/require-permission";

export const metadata: Metadata = { title: "导入会员" };

export default function Page() {
  return (
    <RequirePermission permission="member:write">
      <MemberImport />
    </RequirePermission>
  );
}
