import type { Metadata } from "next";
import { AccountView } from "../../features/account/account-view";

export const metadata: Metadata = { title: "我的账户" };

export default function AccountPage() {
  return (
    <div className="container narrow">
      <AccountView />
    </div>
  );
}
