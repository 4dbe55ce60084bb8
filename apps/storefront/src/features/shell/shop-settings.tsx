"use client";

import { applyLocalePolicy, isLocale, type Locale } from "@o2o/client";
import { ShopSettingsDocument } from "@o2o/schema";
import { useEffect } from "react";
import { useQuery } from "urql";

type Wallet = "WECHAT_PAY" | "ALIPAY";

/** The merchant's shop settings: the wallets checkout offers (null while loading) and the languages. */
export function useShopSettings() {
  const [{ data, error }] = useQuery({ query: ShopSettingsDocument, requestPolicy: "cache-and-network" });
  const settings = data?.shopSettings ?? null;
  return { wallets: (settings?.onlineWallets ?? null) as Wallet[] | null, languages: settings?.languages ?? null, error };
}

/** Applies the merchant's storefront languages: a first visit sees its default, the switcher offers only its languages. */
export function ShopLanguages() {
  const { languages } = useShopSettings();
  useEffect(() => {
    if (!languages) return;
    const enabledLocales = languages.enabledLocales.filter(isLocale) as Locale[];
    const defaultLocale = isLocale(languages.storefrontLocale) ? languages.storefrontLocale : "zh-CN";
    applyLocalePolicy({ defaultLocale, enabledLocales });
  }, [languages]);
  return null;
}
