import type { Metadata } from "next";
import { Suspense } from "react";
import { TransferList } from "../../../../features/inventory/transfer-list";

export const metadata: Metadata = { title: "调拨" };

export default function Page() {
  return (
    <Suspense>
      <TransferList />
    </Suspense>
  );
}
