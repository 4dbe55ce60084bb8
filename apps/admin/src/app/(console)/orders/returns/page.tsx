import type { Metadata } from "next";
import { ReturnRequests } from "../../../../features/orders/return-requests";

export const metadata: Metadata = { title: "退货申请" };

export default function Page() {
  return <ReturnRequests />;
}
