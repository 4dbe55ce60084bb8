import type { Metadata } from "next";
import { Suspense } from "react";
import { ReceiveGoods } from "../../../../features/inventory/receive-goods";
import { RequirePermission } from "../../../../features/shell/require-permission";

export const metadata: Metadata = { title: "收货" };

export default function Page() {
  return (
    <Suspense>
      <RequirePermission permission="stock:write">
        <ReceiveGoods />
      </RequirePermission>
    </Suspense>
  );
}
