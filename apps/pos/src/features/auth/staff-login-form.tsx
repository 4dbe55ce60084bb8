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

const STAFF_PIN_LOGIN = gql<{ staffPinLogin: Session }, { input: { username: string; pin: string } }>`
  mutation StaffPinLogin($input: StaffPinLoginInput!) {
    staffPinLogin(input: $input) {
      accessToken
      refreshToken
      expiresAt
      principalId
    }
  }
`;

type Field = "username" | "password";
/** At the till a cashier signs in with the short PIN; the password stays available. */
type Method = "pin" | "password";

/** Only same-app paths: `?next=//evil.example` must not become an open redirect. */
function safeNext(fallback: string): string {
  const next = new URLSearchParams(window.location.search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : fallback;
}

/** Username + PIN (or password) sign-in; on success stores the session and goes to `?next=` or `afterLogin`. */
export function StaffLoginForm({ afterLogin = "/" }: { afterLogin?: string }) {
  const t = useT();
  const router = useRouter();
  const ids = { username: useId(), password: useId(), error: useId() };
  const [values, setValues] = useState({ username: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const [method, setMethod] = useState<Method>("pin");
  const [{ fetching: byPassword }, login] = useMutation(STAFF_LOGIN);
  const [{ fetching: byPin }, pinLogin] = useMutation(STAFF_PIN_LOGIN);
  const fetching = byPassword || byPin;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!values.username.trim()) missing.username = t("login.required");
    if (!values.password) missing.password = t("login.required");
    setFieldErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) return;

    const username = values.username.trim();
    const result =
      method === "pin"
        ? await pinLogin({ input: { username, pin: values.password } })
        : await login({ input: { username, password: values.password } });
    const session = result.data && ("staffPinLogin" in result.data ? result.data.staffPinLogin : result.data.staffLogin);
    if (session) {
      saveSession(session);
      router.replace(safeNext(afterLogin));
      return;
    }
    if (!result.error) return;
    const code = apiErrorCode(result.error);
    if (code === "BAD_USER_INPUT") {
      const fields = fieldErrorsOf(result.error);
      const secret = method === "pin" ? (fields.pin ? t("login.pinFormat") : undefined) : fields.password;
      setFieldErrors({ username: fields.username, password: secret });
      if (!fields.username && !secret) setFormError(result.error.graphQLErrors[0]?.message ?? t("error.generic"));
    } else if (code === "UNAUTHENTICATED") {
      setFormError(t(method === "pin" ? "login.wrongPin" : "login.wrongPassword"));
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
      <div className="login-method" role="tablist" aria-label={t("login.method")}>
        {(["pin", "password"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={method === m}
            className={method === m ? "login-method-tab active" : "login-method-tab"}
            onClick={() => {
              setMethod(m);
              setValues((v) => ({ ...v, password: "" }));
              setFieldErrors({});
              setFormError(null);
            }}
          >
            {t(m === "pin" ? "login.byPin" : "login.byPassword")}
          </button>
        ))}
      </div>
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
        <label htmlFor={ids.password}>{t(method === "pin" ? "login.pin" : "login.password")}</label>
        <div className="input-with-action">
          <input
            id={ids.password}
            name={method === "pin" ? "pin" : "password"}
            type={showPassword ? "text" : "password"}
            autoComplete={method === "pin" ? "off" : "current-password"}
            inputMode={method === "pin" ? "numeric" : undefined}
            value={values.password}
            onChange={(e) => setValues((v) => ({ ...v, password: method === "pin" ? e.target.value.replace(/\D/g, "") : e.target.value }))}
            aria-invalid={Boolean(fieldErrors.password)}
            aria-describedby={describedBy("password")}
            maxLength={method === "pin" ? 8 : 256}
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
