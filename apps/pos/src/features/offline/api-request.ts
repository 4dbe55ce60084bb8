"use client";

import { apiUrl, authFetch } from "@o2o/client";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";

/** The API could not be reached (no network, refused, timed out, 5xx from a proxy): worth queueing and retrying. */
export class ApiUnreachable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ApiUnreachable";
  }
}

/** The API answered with a thrown GraphQL error (forbidden, invalid input, ...): retrying will not help. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const REQUEST_TIMEOUT_MS = 15_000;
/** After a failure to reach the API, new sales go straight to the queue for this long (the sync loop keeps probing). */
const ASSUME_DOWN_MS = 30_000;

let lastUnreachableAt = 0;

/** True when the API could not be reached a moment ago and has not answered since: do not make a shopper wait. */
export function apiRecentlyUnreachable(): boolean {
  return (typeof navigator !== "undefined" && navigator.onLine === false) || Date.now() - lastUnreachableAt < ASSUME_DOWN_MS;
}
const printed = new WeakMap<object, string>();

function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (!text) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function operationName(document: DocumentNode): string | undefined {
  for (const d of document.definitions) if (d.kind === "OperationDefinition" && d.name) return d.name.value;
  return undefined;
}

/**
 * One GraphQL request outside React (the sync loop, the snapshot loader, the sale submitter), with the session's token
 * and refresh. Network failures and gateway errors throw ApiUnreachable; GraphQL errors throw ApiError.
 */
export async function apiRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<TData> {
  let response: Response;
  try {
    response = await authFetch(apiUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ operationName: operationName(document), query: queryText(document), variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    lastUnreachableAt = Date.now();
    throw new ApiUnreachable(error instanceof Error ? error.message : String(error));
  }
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    lastUnreachableAt = Date.now();
    throw new ApiUnreachable(`HTTP ${response.status}`);
  }
  lastUnreachableAt = 0;
  let body: { data?: TData | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiUnreachable(`HTTP ${response.status}: not JSON`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  if (!body.data) throw new ApiError("Empty answer", "INTERNAL_SERVER_ERROR");
  return body.data;
}
