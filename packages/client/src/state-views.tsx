"use client";

import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { type ApiErrorCode, apiErrorCode, errorDetail } from "./graphql-errors";
import { type ClientMessageKey, useT } from "./translations";

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}

export function EmptyState({ icon, title, children }: { icon?: ReactNode; title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      {icon ? (
        <div className="state-icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <p className="state-title">{title}</p>
      {children ? <div className="state-body">{children}</div> : null}
    </div>
  );
}

const ERROR_MESSAGES: Record<ApiErrorCode, ClientMessageKey> = {
  NETWORK: "error.network",
  UNAUTHENTICATED: "error.unauthenticated",
  FORBIDDEN: "error.forbidden",
  RATE_LIMITED: "error.rateLimited",
  NOT_FOUND: "error.generic",
  BAD_USER_INPUT: "error.unsupported",
  CONFLICT: "error.generic",
  QUERY_TOO_DEEP: "error.unsupported",
  QUERY_TOO_COMPLEX: "error.unsupported",
  BAD_REQUEST: "error.unsupported",
  INTERNAL_SERVER_ERROR: "error.generic",
};

/** The friendly sentence for a failed request, by its error code. */
export function errorMessageKey(error: CombinedError): ClientMessageKey {
  return ERROR_MESSAGES[apiErrorCode(error)];
}

/** A failed request: a friendly sentence for the code, the server's message folded away, and a retry button. */
export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{t("error.title")}</p>
      <p className="state-body">{t(errorMessageKey(error))}</p>
      <details className="state-details">
        <summary>{t("error.details")}</summary>
        <code>{errorDetail(error)}</code>
      </details>
      {onRetry ? (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </div>
  );
}
