"use client";

import { apiErrorCode, fieldErrorsOf, retryAfterSecondsOf, saveSession, type Session, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { gql, useMutation } from "urql";

const STAFF_LOGIN = gql<{ staffLogin: Session }, { input: { username: string; password: string } }>`
  mutation StaffLogin($input: StaffLoginInput!) {
    staffLogin(input: $input) {
      accessToken
      refreshToken
      expiresAt
      principalId
    }
  }
`;

type Field = "username" | "password";

/** Only same-app paths: `?next=//evil.example` must not become an open redirect. */
export function safeNext(fallback: string): string {
  const next = new URLSearchParams(window.location.search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : fallback;
}

/** Username + password sign-in; on success stores the session and goes to `?next=` or `afterLogin`. */
export function StaffLoginForm({ afterLogin = "/" }: { afterLogin?: string }) {
  const t = useT();
  const router = useRouter();
  const ids = { username: useId(), password: useId(), error: useId() };
  const [values, setValues] = useState({ username: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const [{ fetching }, login] = useMutation(STAFF_LOGIN);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!values.username.trim()) missing.username = t("login.required");
    if (!values.password) missing.password = t("login.required");
    setFieldErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) return;

    const result = await login({ input: { username: values.username.trim(), password: values.password } });
    if (result.data?.staffLogin) {
      saveSession(result.data.staffLogin);
      router.replace(safeNext(afterLogin));
      return;
    }
    if (!result.error) return;
    const code = apiErrorCode(result.error);
    if (code === "BAD_USER_INPUT") {
      const fields = fieldErrorsOf(result.error);
      setFieldErrors({ username: fields.username, password: fields.password });
      if (!fields.username && !fields.password) setFormError(result.error.graphQLErrors[0]?.message ?? t("error.generic"));
    } else if (code === "UNAUTHENTICATED") {
      setFormError(t("login.wrongPassword"));
    } else if (code === "RATE_LIMITED") {
      const minutes = Math.max(1, Math.ceil((retryAfterSecondsOf(result.error) ?? 60) / 60));
      setFormError(t("login.locked", { minutes }));
    } else {
      setFormError(t(code === "NETWORK" ? "error.network" : "error.generic"));
    }
  }

  const describedBy = (field: Field) => (fieldErrors[field] ? `${ids[field]}-error` : undefined);

  return (
    <form className="login-form" onSubmit={onSubmit} noValidate aria-describedby={formError ? ids.error : undefined}>
      {formError ? (
        <div className="alert alert-error" role="alert" id={ids.error}>
          {formError}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.username}>{t("login.username")}</label>
        <input
          id={ids.username}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={values.username}
          onChange={(e) => setValues((v) => ({ ...v, username: e.target.value }))}
          aria-invalid={Boolean(fieldErrors.username)}
          aria-describedby={describedBy("username")}
          maxLength={64}
        />
        {fieldErrors.username ? (
          <p className="field-error" id={`${ids.username}-error`}>
            {fieldErrors.username}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.password}>{t("login.password")}</label>
        <div className="input-with-action">
          <input
            id={ids.password}
            name="password"
            type={showPassword ? "text" : "password"}
            autoComplete="current-password"
            value={values.password}
            onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
            aria-invalid={Boolean(fieldErrors.password)}
            aria-describedby={describedBy("password")}
            maxLength={256}
          />
          <button type="button" className="input-action" onClick={() => setShowPassword((s) => !s)} aria-pressed={showPassword}>
            {t(showPassword ? "login.hidePassword" : "login.showPassword")}
          </button>
        </div>
        {fieldErrors.password ? (
          <p className="field-error" id={`${ids.password}-error`}>
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn btn-primary btn-block" disabled={fetching} aria-busy={fetching}>
        {fetching ? <span className="spinner spinner-sm" aria-hidden="true" /> : null}
        {t(fetching ? "login.submitting" : "login.submit")}
      </button>
    </form>
  );
}
