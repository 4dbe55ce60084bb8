import type { Metadata } from "next";
import { Suspense } from "react";
import { LanguageSettingsPage } from "../../../../features/settings/settings-sections";

export const metadata: Metadata = { title: "语言" };

export default function Page() {
  return (
    <Suspense>
      <LanguageSettingsPage />
    </Suspense>
  );
}
