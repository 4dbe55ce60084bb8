"use client";

import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { type ReactNode, useEffect, useMemo, useRef } from "react";
import { Client, cacheExchange, fetchExchange, Provider, subscriptionExchange } from "urql";
import { apiUrl, wsUrl } from "./api-config";
import { authFetch, freshAccessToken } from "./auth-fetch";
import { useSession } from "./session-store";

let wsClient: WsClient | null = null;

// One socket per tab, opened on the first subscription (lazy) and authenticated from the current session each time it
// connects, so a token refresh needs nothing special.
function subscriptions(): WsClient {
  wsClient ??= createWsClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: 8,
    connectionParams: async () => {
      const token = await freshAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return wsClient;
}

/** Drops the socket so live subscriptions reconnect as the new principal after sign-in or sign-out. */
export function resetSubscriptions(): void {
  wsClient?.terminate();
}

/** A urql client: document cache, HTTP with token refresh, and subscriptions over graphql-ws. */
export function createGraphqlClient(): Client {
  return new Client({
    url: apiUrl(),
    fetch: authFetch,
    // POST always: Apollo's CSRF guard rejects plain GET requests, and tokens stay out of URLs and logs.
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return {
            subscribe(sink) {
              return { unsubscribe: subscriptions().subscribe(input, sink) };
            },
          };
        },
      }),
    ],
  });
}

/** urql for the tree below. A new client per principal, so one user's cached data never shows to the next. */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const principal = useSession()?.principalId ?? "anonymous";
  const client = useMemo(() => {
    void principal;
    return createGraphqlClient();
  }, [principal]);
  const previous = useRef(principal);
  useEffect(() => {
    if (previous.current !== principal) resetSubscriptions();
    previous.current = principal;
  }, [principal]);
  return <Provider value={client}>{children}</Provider>;
}
