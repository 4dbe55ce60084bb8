import { listProblems, type SettingsProblem } from "./settings-problem.ts";

/** Interface languages of the storefront and the till (the same list as @o2o/client's LOCALES). */
export const SUPPORTED_LOCALES = ["zh-CN", "zh-TW", "en"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export type LanguageSettings = {
  /** Languages shoppers and cashiers may switch to. */
  enabledLocales: SupportedLocale[];
  /** What the storefront shows a shopper who has not chosen. */
  storefrontLocale: SupportedLocale;
  /** What a till shows a cashier who has not chosen. */
  tillLocale: SupportedLocale;
};

export const DEFAULT_LANGUAGES: LanguageSettings = {
  enabledLocales: [...SUPPORTED_LOCALES],
  storefrontLocale: "zh-CN",
  tillLocale: "zh-CN",
};

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

/** Rule: at least one known language, each once, and both defaults among the offered ones. */
export function languageProblems(s: {
  enabledLocales: readonly string[];
  storefrontLocale: string;
  tillLocale: string;
}): SettingsProblem[] {
  const problems = listProblems("enabledLocales", s.enabledLocales, SUPPORTED_LOCALES);
  if (s.enabledLocales.length === 0)
    problems.push({ field: "enabledLocales", code: "LOCALE_REQUIRED", message: "Offer at least one language." });
  for (const field of ["storefrontLocale", "tillLocale"] as const) {
    if (!s.enabledLocales.includes(s[field]))
      problems.push({ field, code: "DEFAULT_LOCALE_NOT_OFFERED", message: `${s[field]} is not among the offered languages.` });
  }
  return problems;
}
