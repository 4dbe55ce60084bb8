import type { Metadata } from "next";
import { Suspense } from "react";
import { PaymentSettingsPage } from "../../../../features/settings/settings-sections";

export const metadata: Metadata = { title: "付款方式" };

export default function Page() {
  return (
    <Suspense>
      <PaymentSettingsPage />
    </Suspense>
  );
}
