"use client";

import { ClientProviders } from "@o2o/client";
import type { ReactNode } from "react";
import { CartProvider } from "../features/cart/cart-context";
import { ReferralCapture } from "../features/share/referral-capture";
import { ShopLanguages } from "../features/shell/shop-settings";
import { messages } from "../i18n/messages";

/** The shared client providers (urql, locale), fed this app's dictionaries, the merchant's languages and the shopper's cart. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ClientProviders messages={messages}>
      <CartProvider>
        <ReferralCapture />
        <ShopLanguages />
        {children}
      </CartProvider>
    </ClientProviders>
  );
}
