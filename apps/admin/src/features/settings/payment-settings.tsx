"use client";

import { useT, errorDetail } from "@o2o/client";
import { ONLINE_WALLETS, type OnlineWallet, paymentMethodProblems, TILL_TENDERS, type TillTender } from "@o2o/domain";
import { AdminUpdatePaymentSettingsDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { FormAlert, Notice } from "../../components/form-field";
import { tenderLabel } from "../orders/order-labels";
import { CheckboxGroup } from "./checkbox-group";
import { SettingsSaveButton } from "./settings-save-button";

type Initial = { tillTenders: readonly string[]; onlineWallets: readonly string[] };

/** Which tenders the tills take and which wallets the shop offers; disabling one is confirmed first. */
export function PaymentSettingsForm({ initial, canEdit }: { initial: Initial; canEdit: boolean }) {
  const t = useT();
  const [till, setTill] = useState<TillTender[]>(TILL_TENDERS.filter((x) => initial.tillTenders.includes(x)));
  const [online, setOnline] = useState<OnlineWallet[]>(ONLINE_WALLETS.filter((x) => initial.onlineWallets.includes(x)));
  const [saved, setSaved] = useState<Initial>(initial);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(AdminUpdatePaymentSettingsDocument);

  const disabling = [
    ...saved.tillTenders.filter((x) => !till.includes(x as TillTender)),
    ...saved.onlineWallets.filter((x) => !online.includes(x as OnlineWallet)),
  ];
  const problems = paymentMethodProblems({ tillTenders: till, onlineWallets: online });

  async function submit() {
    setNotice(null);
    if (problems.length > 0) return setError(t("payments.needWallet"));
    const res = await save({ input: { tillTenders: till, onlineWallets: online } });
    if (res.data) {
      setError(null);
      setSaved(res.data.updatePaymentSettings);
      setNotice(t("payments.saved"));
    } else setError(t("common.failed", { message: errorDetail(res.error) }));
  }

  return (
    <form className="card form-card" aria-label={t("settings.tab.payments")} onSubmit={(e) => e.preventDefault()} noValidate>
      <FormAlert message={error} />
      <Notice message={notice} />
      <CheckboxGroup
        legend={t("payments.till")}
        note={t("payments.tillBody")}
        options={TILL_TENDERS}
        selected={till}
        onChange={setTill}
        labelOf={(x) => tenderLabel(t, x)}
        locked={["CASH"]}
        disabled={!canEdit}
      >
        <p className="muted small">{t("payments.cashAlways")}</p>
      </CheckboxGroup>
      <CheckboxGroup
        legend={t("payments.online")}
        note={t("payments.onlineBody")}
        options={ONLINE_WALLETS}
        selected={online}
        onChange={setOnline}
        labelOf={(x) => tenderLabel(t, x)}
        disabled={!canEdit}
      >
        {online.length === 0 ? <p className="field-error">{t("payments.needWallet")}</p> : null}
      </CheckboxGroup>
      {canEdit ? (
        <SettingsSaveButton
          busy={fetching}
          confirm={
            disabling.length > 0
              ? t("payments.confirmDisable", { list: [...new Set(disabling)].map((x) => tenderLabel(t, x)).join("、") })
              : null
          }
          onSave={submit}
        />
      ) : null}
    </form>
  );
}
