import type { Metadata } from "next";
import { Suspense } from "react";
import { ReceiveGoods } from "../../../../features/inventory/receive-goods";

export const metadata: Metadata = { title: "收货" };

export default function Page() {
  return (
    <Suspense>
      <ReceiveGoods />
    </Suspense>
  );
}
