"use client";

import type { ReactNode } from "react";
import type { Locale } from "./locales";
import { type Messages, MessagesProvider } from "./translations";
import { GraphqlProvider } from "./urql-client";
import { HtmlLang } from "./use-locale";

/** urql + locale for an app's root layout, fed that app's dictionaries. */
export function ClientProviders({ messages, children }: { messages: Record<Locale, Messages>; children: ReactNode }) {
  return (
    <GraphqlProvider>
      <MessagesProvider messages={messages}>
        <HtmlLang />
        {children}
      </MessagesProvider>
    </GraphqlProvider>
  );
}
