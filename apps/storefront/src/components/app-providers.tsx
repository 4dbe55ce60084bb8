"use client";

import { ClientProviders } from "@o2o/client";
import type { ReactNode } from "react";
import { messages } from "../i18n/messages";

/** The shared client providers (urql, locale), fed this app's dictionaries. */
export function AppProviders({ children }: { children: ReactNode }) {
  return <ClientProviders messages={messages}>{children}</ClientProviders>;
}
