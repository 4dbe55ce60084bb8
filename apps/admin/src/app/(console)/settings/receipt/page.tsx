import type { Metadata } from "next";
import { Suspense } from "react";
import { ReceiptSettingsPage } from "../../../../features/settings/settings-sections";

export const metadata: Metadata = { title: "小票模板" };

export default function Page() {
  return (
    <Suspense>
      <ReceiptSettingsPage />
    </Suspense>
  );
}
