import type { Metadata } from "next";
import { Suspense } from "react";
import { PromotionBuilder } from "../../../../../features/marketing/promotion-builder";
import { RequirePermission } from "../../../../../features/shell/require-permission";

export const metadata: Metadata = { title: "新建促销" };

export default function Page() {
  return (
    <Suspense>
      <RequirePermission permission="marketing:write" merchantWide>
        <PromotionBuilder />
      </RequirePermission>
    </Suspense>
  );
}
