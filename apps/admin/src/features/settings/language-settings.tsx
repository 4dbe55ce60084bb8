"use client";

import { LOCALE_NAMES, type Locale, LOCALES, useT, errorDetail } from "@o2o/client";
import { languageProblems } from "@o2o/domain";
import { AdminUpdateLanguageSettingsDocument } from "@o2o/schema";
import { useId, useState } from "react";
import { useMutation } from "urql";
import { FormAlert, Notice } from "../../components/form-field";
import { CheckboxGroup } from "./checkbox-group";
import { SettingsSaveButton } from "./settings-save-button";

type Languages = { enabledLocales: readonly string[]; storefrontLocale: string; tillLocale: string };

/** The languages shoppers and cashiers may use and the defaults of the shop and the till; removing one is confirmed. */
export function LanguageSettingsForm({ initial, canEdit }: { initial: Languages; canEdit: boolean }) {
  const t = useT();
  const ids = { shop: useId(), till: useId() };
  const [enabled, setEnabled] = useState<Locale[]>(LOCALES.filter((l) => initial.enabledLocales.includes(l)));
  const [storefrontLocale, setStorefrontLocale] = useState(initial.storefrontLocale);
  const [tillLocale, setTillLocale] = useState(initial.tillLocale);
  const [saved, setSaved] = useState<Languages>(initial);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(AdminUpdateLanguageSettingsDocument);

  const input = { enabledLocales: enabled, storefrontLocale, tillLocale };
  const problems = languageProblems(input);
  const problem = problems[0]
    ? t(problems[0].code === "DEFAULT_LOCALE_NOT_OFFERED" ? "languages.defaultNotOffered" : "languages.needOne")
    : null;
  const removed = saved.enabledLocales.filter((l) => !enabled.includes(l as Locale));

  async function submit() {
    setNotice(null);
    if (problem) return setError(problem);
    const res = await save({ input });
    if (res.data) {
      setError(null);
      setSaved(res.data.updateLanguageSettings);
      setNotice(t("languages.saved"));
    } else setError(t("common.failed", { message: errorDetail(res.error) }));
  }

  const defaultSelect = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <label className="field" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} disabled={!enabled.includes(l)}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="card form-card" aria-labelledby="languages-title" onSubmit={(e) => e.preventDefault()} noValidate>
      <h3 className="card-title" id="languages-title">
        {t("languages.shop")}
      </h3>
      <FormAlert message={error} />
      <Notice message={notice} />
      <CheckboxGroup
        legend={t("languages.offered")}
        note={t("languages.shopBody")}
        options={LOCALES}
        selected={enabled}
        onChange={setEnabled}
        labelOf={(l) => LOCALE_NAMES[l]}
        disabled={!canEdit}
      />
      <fieldset disabled={!canEdit} className="form-grid plain-fieldset">
        {defaultSelect(ids.shop, t("languages.storefrontDefault"), storefrontLocale, setStorefrontLocale)}
        {defaultSelect(ids.till, t("languages.tillDefault"), tillLocale, setTillLocale)}
      </fieldset>
      {problem ? <p className="field-error">{problem}</p> : null}
      {canEdit ? (
        <SettingsSaveButton
          busy={fetching}
          confirm={
            removed.length > 0
              ? t("languages.confirmRemove", { list: removed.map((l) => LOCALE_NAMES[l as Locale] ?? l).join("、") })
              : null
          }
          onSave={submit}
        />
      ) : null}
    </form>
  );
}
