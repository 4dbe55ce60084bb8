"use client";

import { apiErrorCode, fieldErrorsOf, retryAfterSecondsOf, saveSession, type Session, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { type CombinedError, gql, useMutation } from "urql";
import { nextPath } from "./next-path";

const RESEND_SECONDS = 60;

const REQUEST_CODE = gql<{ requestMemberLoginCode: { phone: string; expiresAt: string } }, { input: { phone: string } }>`
  mutation RequestMemberLoginCode($input: MemberCodeInput!) {
    requestMemberLoginCode(input: $input) {
      phone
      expiresAt
    }
  }
`;

const MEMBER_LOGIN = gql<{ memberLogin: Session & { created: boolean } }, { input: { phone: string; code: string } }>`
  mutation MemberLogin($input: MemberLoginInput!) {
    memberLogin(input: $input) {
      accessToken
      refreshToken
      expiresAt
      principalId
      created
    }
  }
`;

/** Mainland mobile number as typed ("+86 138-0000-0001") → 11 digits, or null. The API normalises it again. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, "").replace(/^(\+?86)/, "");
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** Seconds left until `deadline` (epoch ms), ticking once a second; 0 when no countdown runs. */
function useCountdown(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline ? Math.max(0, Math.ceil((deadline - now) / 1000)) : 0;
}

type Errors = { phone?: string; code?: string; form?: string };

export function MemberLoginForm() {
  const t = useT();
  const router = useRouter();
  const ids = { phone: useId(), code: useId() };
  const codeInput = useRef<HTMLInputElement>(null);
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [requestState, requestCode] = useMutation(REQUEST_CODE);
  const [loginState, login] = useMutation(MEMBER_LOGIN);
  const secondsLeft = useCountdown(deadline);

  function explain(error: CombinedError, wrongCredentials: string): Errors {
    const code = apiErrorCode(error);
    if (code === "BAD_USER_INPUT") {
      const fields = fieldErrorsOf(error);
      return fields.phone || fields.code ? { phone: fields.phone, code: fields.code } : { form: error.graphQLErrors[0]?.message };
    }
    if (code === "RATE_LIMITED") {
      const seconds = retryAfterSecondsOf(error) ?? RESEND_SECONDS;
      setDeadline(Date.now() + seconds * 1000);
      return { form: t("login.tooMany", { minutes: Math.max(1, Math.ceil(seconds / 60)) }) };
    }
    if (code === "UNAUTHENTICATED") return { form: wrongCredentials };
    return { form: t(code === "NETWORK" ? "error.network" : "error.generic") };
  }

  async function onRequestCode() {
    const normalised = normalisePhone(phone);
    if (!normalised) {
      setErrors({ phone: t("login.phoneInvalid") });
      return;
    }
    setErrors({});
    const result = await requestCode({ input: { phone: normalised } });
    if (result.data) {
      setSentTo(result.data.requestMemberLoginCode.phone);
      setDeadline(Date.now() + RESEND_SECONDS * 1000);
      codeInput.current?.focus();
    } else if (result.error) {
      setErrors(explain(result.error, t("error.generic")));
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normalisePhone(phone);
    const next: Errors = {};
    if (!normalised) next.phone = t("login.phoneInvalid");
    if (!sentTo) next.code = t("login.requestFirst");
    else if (!/^\d{6}$/.test(code)) next.code = t("login.codeInvalid");
    setErrors(next);
    if (!normalised || Object.keys(next).length > 0) return;

    const result = await login({ input: { phone: normalised, code } });
    if (result.data) {
      const { created, ...session } = result.data.memberLogin;
      saveSession(session);
      router.replace(nextPath(window.location.search, created ? "/account?welcome=1" : "/account"));
    } else if (result.error) {
      setErrors(explain(result.error, t("login.wrongCode")));
    }
  }

  const sending = requestState.fetching;
  return (
    <form className="member-login" onSubmit={onSubmit} noValidate>
      {errors.form ? (
        <div className="alert alert-error" role="alert">
          {errors.form}
        </div>
      ) : null}
      {sentTo && !errors.form ? (
        <div className="alert alert-info" role="status">
          {t("login.codeSent", { phone: sentTo.replace(/^(\d{3})\d{4}(\d{4})$/, "$1****$2") })}
        </div>
      ) : null}

      <div className="field">
        <label htmlFor={ids.phone}>{t("login.phone")}</label>
        <div className="phone-input" data-invalid={Boolean(errors.phone)}>
          <span className="phone-prefix" aria-hidden="true">
            +86
          </span>
          <input
            id={ids.phone}
            type="tel"
            inputMode="numeric"
            autoComplete="tel-national"
            placeholder={t("login.phonePlaceholder")}
            value={phone}
            maxLength={20}
            onChange={(e) => setPhone(e.target.value)}
            aria-invalid={Boolean(errors.phone)}
            aria-describedby={errors.phone ? `${ids.phone}-error` : undefined}
          />
        </div>
        {errors.phone ? (
          <p className="field-error" id={`${ids.phone}-error`}>
            {errors.phone}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor={ids.code}>{t("login.code")}</label>
        <div className="code-row">
          <input
            id={ids.code}
            ref={codeInput}
            className="code-input"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={6}
            placeholder={t("login.codePlaceholder")}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, "").slice(0, 6))}
            aria-invalid={Boolean(errors.code)}
            aria-describedby={errors.code ? `${ids.code}-error` : undefined}
          />
          <button
            type="button"
            className="btn btn-outline code-button"
            onClick={onRequestCode}
            disabled={sending || secondsLeft > 0}
            aria-live="polite"
          >
            {sending ? t("login.sending") : secondsLeft > 0 ? t("login.resendIn", { s: secondsLeft }) : t("login.sendCode")}
          </button>
        </div>
        {errors.code ? (
          <p className="field-error" id={`${ids.code}-error`}>
            {errors.code}
          </p>
        ) : null}
      </div>

      <button type="submit" className="btn btn-primary btn-block" disabled={loginState.fetching} aria-busy={loginState.fetching}>
        {loginState.fetching ? <span className="spinner spinner-sm" aria-hidden="true" /> : null}
        {t(loginState.fetching ? "login.submitting" : "login.submit")}
      </button>
      <p className="fine-print">{t("login.terms")}</p>
    </form>
  );
}
