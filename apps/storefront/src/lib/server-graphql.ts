import { serverApiUrl } from "@o2o/client/server-config";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

// Server components read the public catalogue at request time. Never throws: pages render every outcome.

const TIMEOUT_MS = 5_000;

export type ApiOutcome<T> =
  | { status: "ok"; data: T }
  /** The API did not answer (down, unreachable, timed out). */
  | { status: "unavailable" }
  /** The API answered with errors. */
  | { status: "error"; message: string };

const printed = new WeakMap<object, string>();

export async function serverQuery<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<ApiOutcome<T>> {
  let query = printed.get(document);
  if (!query) {
    query = print(document);
    printed.set(document, query);
  }
  let response: Response;
  try {
    response = await fetch(serverApiUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { status: "unavailable" };
  }
  let body: { data?: T | null; errors?: { message?: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return response.status >= 500 ? { status: "unavailable" } : { status: "error", message: `HTTP ${response.status}` };
  }
  if (body.data && !body.errors?.length) return { status: "ok", data: body.data };
  return { status: "error", message: body.errors?.[0]?.message ?? `HTTP ${response.status}` };
}
