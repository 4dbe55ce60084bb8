"use client";

import { apiUrl } from "./api-config";
import { clearSession, readSession, reloadSession, type Session, saveSession } from "./session-store";

// Operations that must never carry a token nor trigger a refresh: a wrong password answers UNAUTHENTICATED too.
const PUBLIC_AUTH_OPERATIONS = new Set(["StaffLogin", "MemberLogin", "RequestMemberLoginCode", "RefreshSession"]);
// Refresh a little before expiry so a request never leaves with a token about to lapse.
const EXPIRY_MARGIN_MS = 30_000;

const REFRESH_MUTATION = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt principalId }
}`;

type GraphqlBody = { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };

let inflight: Promise<string | null> | null = null;

function operationNameOf(body: BodyInit | null | undefined): string | null {
  if (typeof body !== "string") return null;
  try {
    const name: unknown = (JSON.parse(body) as { operationName?: unknown }).operationName;
    return typeof name === "string" ? name : null;
  } catch {
    return null;
  }
}

function hasErrorCode(body: GraphqlBody | null, code: string): boolean {
  return Boolean(body?.errors?.some((e) => e.extensions?.code === code));
}

function parseJson(text: string): GraphqlBody | null {
  try {
    return JSON.parse(text) as GraphqlBody;
  } catch {
    return null;
  }
}

async function requestRefresh(used: Session): Promise<string | null> {
  let body: GraphqlBody | null;
  try {
    const response = await fetch(apiUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ operationName: "RefreshSession", query: REFRESH_MUTATION, variables: { refreshToken: used.refreshToken } }),
    });
    body = parseJson(await response.text());
  } catch {
    return null; // Network trouble is not a signed-out user: keep the session, let the caller show the error.
  }
  const payload = (body?.data as { refreshSession?: Session } | undefined)?.refreshSession;
  if (payload) {
    saveSession(payload);
    return payload.accessToken;
  }
  if (hasErrorCode(body, "UNAUTHENTICATED")) {
    // Another tab may have rotated the same refresh token a moment ago: use its tokens rather than signing out.
    const latest = reloadSession();
    if (latest && latest.refreshToken !== used.refreshToken) return latest.accessToken;
    clearSession();
  }
  return null;
}

/** Trades the refresh token for a new pair; concurrent callers share one request (refresh tokens are single use). */
export function refreshAccessToken(): Promise<string | null> {
  const session = readSession();
  if (!session) return Promise.resolve(null);
  inflight ??= requestRefresh(session).finally(() => {
    inflight = null;
  });
  return inflight;
}

/** The access token to send now, refreshed first when it is about to expire; null when signed out. */
export async function freshAccessToken(): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  const expiresAt = Date.parse(session.expiresAt);
  if (Number.isFinite(expiresAt) && expiresAt - Date.now() > EXPIRY_MARGIN_MS) return session.accessToken;
  return (await refreshAccessToken()) ?? readSession()?.accessToken ?? null;
}

function withToken(init: RequestInit | undefined, token: string | null): RequestInit {
  const headers = new Headers(init?.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  else headers.delete("authorization");
  return { ...init, headers };
}

/**
 * The fetch urql uses: adds the bearer token and, when the API answers UNAUTHENTICATED to a request that carried one,
 * refreshes the session once and replays the request. Queries and mutations are handled alike.
 */
export async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (PUBLIC_AUTH_OPERATIONS.has(operationNameOf(init?.body) ?? "")) return fetch(input, withToken(init, null));
  const token = await freshAccessToken();
  const response = await fetch(input, withToken(init, token));
  if (!token || !(response.headers.get("content-type") ?? "").includes("json")) return response;

  const text = await response.text();
  const replayable = () => new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  if (!hasErrorCode(parseJson(text), "UNAUTHENTICATED")) return replayable();
  const refreshed = await refreshAccessToken();
  return refreshed ? fetch(input, withToken(init, refreshed)) : replayable();
}
