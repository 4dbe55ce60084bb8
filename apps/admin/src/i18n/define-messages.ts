import type { Locale } from "@o2o/client";

/** One entry per key, [简体, 繁體, English], so a feature's three dictionaries cannot drift apart. */
export function defineMessages<K extends string>(entries: Record<K, readonly [string, string, string]>): Record<Locale, Record<K, string>> {
  const pick = (i: 0 | 1 | 2) =>
    Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, (v as readonly string[])[i]])) as Record<K, string>;
  return { "zh-CN": pick(0), "zh-TW": pick(1), en: pick(2) };
}
