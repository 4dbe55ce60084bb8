import type { Metadata } from "next";
import { Suspense } from "react";
import { TransferForm } from "../../../../../features/inventory/transfer-form";

export const metadata: Metadata = { title: "新建调拨" };

export default function Page() {
  return (
    <Suspense>
      <TransferForm />
    </Suspense>
  );
}
