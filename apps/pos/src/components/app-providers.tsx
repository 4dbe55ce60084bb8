"use client";

import { type ReactNode, useEffect, useMemo, useRef } from "react";
import { Provider } from "urql";
import { HtmlLang } from "../i18n/locale";
import { createGraphqlClient, resetSubscriptions } from "../lib/graphql-client";
import { useSession } from "../lib/session";

/** urql + locale. A new client per principal, so one user's cached data never shows to the next. */
export function AppProviders({ children }: { children: ReactNode }) {
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
  return (
    <Provider value={client}>
      <HtmlLang />
      {children}
    </Provider>
  );
}
