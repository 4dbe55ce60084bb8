import type { Metadata } from "next";
import { Suspense } from "react";
import { TransferForm } from "../../../../../features/inventory/transfer-form";
import { RequirePermission } from "../../../../../features/shell/require-permission";

export const metadata: Metadata = { title: "新建调拨" };

export default function Page() {
  return (
    <Suspense>
      <RequirePermission permission="transfer:write">
        <TransferForm />
      </RequirePermission>
    </Suspense>
  );
}
