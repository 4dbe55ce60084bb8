"use client";

import { ErrorState, LOCALE_NAMES, LoadingState, LocaleSwitcher, useT } from "@o2o/client";
import { isPaperWidth } from "@o2o/domain";
import type { ReactNode } from "react";
import { PageHeader } from "../../components/page-header";
import { LanguageSettingsForm } from "./language-settings";
import { PaymentSettingsForm } from "./payment-settings";
import { ReceiptTemplateForm } from "./receipt-template-form";
import { SettingsNav } from "./settings-nav";
import { StoreReceiptHeaders } from "./store-receipt-headers";
import { type MerchantSettingsData, useMerchantSettings } from "./use-merchant-settings";

/** A settings tab fed by the merchant's settings: header, tabs, loading and error states, read-only note. */
function SettingsSection({ children }: { children: (settings: MerchantSettingsData, canEdit: boolean) => ReactNode }) {
  const t = useT();
  const { settings, error, fetching, retry, canEdit } = useMerchantSettings();
  return (
    <div className="page">
      <PageHeader title={t("nav.settings")} subtitle={t("section.settings")} />
      <SettingsNav />
      {settings && !canEdit ? <p className="alert alert-info">{t("settings.readOnly")}</p> : null}
      {error && !settings ? <ErrorState error={error} onRetry={retry} /> : null}
      {!settings && fetching ? <LoadingState /> : null}
      {settings ? children(settings, canEdit) : null}
    </div>
  );
}

export function ReceiptSettingsPage() {
  return (
    <SettingsSection>
      {({ receipt }, canEdit) => {
        const template = { ...receipt, paperWidth: isPaperWidth(receipt.paperWidth) ? receipt.paperWidth : (80 as const) };
        return (
          <>
            <ReceiptTemplateForm initial={template} canEdit={canEdit} />
            <StoreReceiptHeaders paperWidth={template.paperWidth} />
          </>
        );
      }}
    </SettingsSection>
  );
}

export function PaymentSettingsPage() {
  return <SettingsSection>{({ payments }, canEdit) => <PaymentSettingsForm initial={payments} canEdit={canEdit} />}</SettingsSection>;
}

export function LanguageSettingsPage() {
  const t = useT();
  return (
    <SettingsSection>
      {({ languages }, canEdit) => (
        <>
          <LanguageSettingsForm initial={languages} canEdit={canEdit} />
          <section className="card">
            <h3 className="card-title">{t("settings.languages")}</h3>
            <p className="muted">{t("settings.languagesBody", { list: Object.values(LOCALE_NAMES).join(" · ") })}</p>
            <LocaleSwitcher />
          </section>
        </>
      )}
    </SettingsSection>
  );
}
