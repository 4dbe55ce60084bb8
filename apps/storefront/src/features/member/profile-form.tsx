"use client";

import { ErrorState, LoadingState, useT } from "@o2o/client";
import { ShopProfileDocument, ShopUpdateProfileDocument } from "@o2o/schema";
import { type FormEvent, useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";

export function ProfileForm() {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopProfileDocument });
  const [state, update] = useMutation(ShopUpdateProfileDocument);
  const [form, setForm] = useState({ name: "", email: "", birthday: "", consentMarketing: false });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    const me = data?.myProfile;
    if (me) setForm({ name: me.name ?? "", email: me.email ?? "", birthday: me.birthday ?? "", consentMarketing: me.consentMarketing });
  }, [data]);

  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (form.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email)) {
      setMessage({ ok: false, text: t("profile.emailInvalid") });
      return;
    }
    const result = await update({
      input: {
        name: form.name.trim() || null,
        email: form.email.trim() || null,
        birthday: form.birthday || null,
        consentMarketing: form.consentMarketing,
      },
    });
    setMessage(
      result.data
        ? { ok: true, text: t("profile.saved") }
        : { ok: false, text: result.error?.graphQLErrors[0]?.message ?? t("error.generic") },
    );
  }

  return (
    <form className="panel form-stack" onSubmit={onSubmit} noValidate>
      <p className="muted small">{t("profile.phone", { phone: data?.myProfile.maskedPhone ?? "" })}</p>
      <label className="field">
        <span>{t("profile.name")}</span>
        <input
          className="text-input"
          value={form.name}
          maxLength={50}
          autoComplete="name"
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t("profile.email")}</span>
        <input
          className="text-input"
          type="email"
          value={form.email}
          maxLength={120}
          autoComplete="email"
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t("profile.birthday")}</span>
        <input className="text-input" type="date" value={form.birthday} onChange={(e) => setForm({ ...form, birthday: e.target.value })} />
      </label>
      <label className="check-row">
        <input type="checkbox" checked={form.consentMarketing} onChange={(e) => setForm({ ...form, consentMarketing: e.target.checked })} />
        {t("profile.consent")}
      </label>
      {message ? (
        <p className={`alert ${message.ok ? "alert-success" : "alert-error"}`} role="status">
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={state.fetching}>
        {t("profile.save")}
      </button>
    </form>
  );
}
