"use client";

import { createContext, type ReactNode, useCallback, useContext } from "react";
import type { Locale } from "./locales";
import { useLocale } from "./use-locale";

/** The keys this package's own components translate: every app's dictionaries must define them. */
export type ClientMessageKey =
  | "locale.label"
  | "common.loading"
  | "common.retry"
  | "error.title"
  | "error.network"
  | "error.unauthenticated"
  | "error.forbidden"
  | "error.rateLimited"
  | "error.generic"
  | "error.unsupported"
  | "error.details";

/**
 * Each app registers its dictionary type here by declaration merging, so `t()` keys are checked against that app's
 * messages: `declare module "@o2o/client" { interface Register { messages: Messages } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each app through declaration merging.
export interface Register {}

type RegisteredMessages = Register extends { messages: infer M } ? M : Record<ClientMessageKey, string>;

/** A key of the registered app's dictionaries (the package's own keys until an app registers). */
export type MessageKey = keyof RegisteredMessages & string;
export type Messages = Record<MessageKey, string>;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const MessagesContext = createContext<Record<Locale, Messages> | null>(null);

/** Hands the app's dictionaries, one per locale, to `useT` and `T` below it. */
export function MessagesProvider({ messages, children }: { messages: Record<Locale, Messages>; children: ReactNode }) {
  return <MessagesContext value={messages}>{children}</MessagesContext>;
}

function useMessages(): Record<Locale, Messages> {
  const messages = useContext(MessagesContext);
  if (!messages) throw new Error("useT and T need a <ClientProviders messages={...}> (or <MessagesProvider>) above them.");
  return messages;
}

/** `t(key, { n: 3 })` replaces `{n}` in the active locale's message. */
export function useT(): Translate {
  const locale = useLocale();
  const messages = useMessages();
  return useCallback(
    (key, vars) => {
      const message: string = messages[locale][key];
      return vars ? message.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : message;
    },
    [locale, messages],
  );
}

/** A translated string for server components, which cannot call hooks. */
export function T({ k, vars }: { k: MessageKey; vars?: Record<string, string | number> }) {
  return useT()(k, vars);
}
