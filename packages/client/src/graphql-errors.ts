import type { CombinedError } from "urql";

/** The API's stable `extensions.code` values (ADR 0004), plus NETWORK when the API could not be reached. */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "QUERY_TOO_DEEP"
  | "QUERY_TOO_COMPLEX"
  | "BAD_REQUEST"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK";

const KNOWN = new Set<string>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COMPLEX",
  "BAD_REQUEST",
  "INTERNAL_SERVER_ERROR",
]);

/** The first error's code; NETWORK for transport failures; INTERNAL_SERVER_ERROR for anything unrecognised. */
export function apiErrorCode(error: CombinedError): ApiErrorCode {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (typeof code === "string" && KNOWN.has(code)) return code as ApiErrorCode;
  return error.networkError && error.graphQLErrors.length === 0 ? "NETWORK" : "INTERNAL_SERVER_ERROR";
}

/** `extensions.fieldErrors` keyed by the last segment of the field path ("input.username" → "username"). */
export function fieldErrorsOf(error: CombinedError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    const list = e.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as { field?: unknown; message?: unknown }[]) {
      if (typeof item.field !== "string" || typeof item.message !== "string") continue;
      const key = item.field.split(".").at(-1) ?? item.field;
      out[key] ??= item.message;
    }
  }
  return out;
}

/** `extensions.retryAfterSeconds` of a RATE_LIMITED error. */
export function retryAfterSecondsOf(error: CombinedError): number | null {
  const value = error.graphQLErrors[0]?.extensions?.retryAfterSeconds;
  return typeof value === "number" && value > 0 ? value : null;
}

/** The server's message for details views; never a stack trace (the API masks those). Empty when there is no error. */
export function errorDetail(error: CombinedError | undefined | null): string {
  if (!error) return "";
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}
