import {
  type CashRoundingMode,
  DEFAULT_LANGUAGES,
  DEFAULT_PAYMENT_METHODS,
  DEFAULT_RECEIPT_TEMPLATE,
  isPaperWidth,
  isSupportedLocale,
  type LanguageSettings,
  ONLINE_WALLETS,
  type OnlineWallet,
  type PaymentMethodSettings,
  type PointsEarningRules,
  type PointsRedemptionConfig,
  RECEIPT_LIMITS,
  type ReceiptTemplate,
  TILL_TENDERS,
  type TillTender,
} from "@o2o/domain";

/** Merchant-wide commerce settings, parsed from Merchant.settings JSON with safe defaults. */
export type MerchantSettings = {
  redemption: PointsRedemptionConfig;
  earning: Omit<PointsEarningRules, "tierMultiplierBps">;
  cashRounding: CashRoundingMode;
  allowNegativeStockAtPos: boolean;
  /** Minutes an unpaid online order holds its stock. */
  reservationMinutes: number;
  /** Days earned points stay valid. */
  pointsValidityDays: number;
  /** The till receipt (`receipt`); a store may replace the header lines (Store.settings.receipt). */
  receipt: ReceiptTemplate;
  /** Tenders the tills and wallets the storefront accept (`payments`). */
  payments: PaymentMethodSettings;
  /** Languages of the storefront and the till (`languages`). */
  languages: LanguageSettings;
};

/** The keys of Merchant.settings each settings section is stored under. */
export const SETTINGS_KEYS = { receipt: "receipt", payments: "payments", languages: "languages" } as const;

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Text lines from an array of strings, or from one string (the older { header, footer } shape) split at newlines. */
function textLines(v: unknown, max: number): string[] | null {
  const lines = typeof v === "string" ? v.split("\n") : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : null;
  return lines === null
    ? null
    : lines
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, max);
}

/** Only the known values, each once, in the order given; null when the value is not a list. */
function known<T extends string>(v: unknown, values: readonly T[]): T[] | null {
  return Array.isArray(v) ? values.filter((x) => v.includes(x)) : null;
}

/** A store's own receipt header lines (Store.settings.receipt.headerLines, or the older .header), null when it has none. */
export function parseStoreReceiptHeader(storeSettings: unknown): string[] | null {
  const r = record(record(storeSettings).receipt);
  return textLines(r.headerLines ?? r.header, RECEIPT_LIMITS.headerLines);
}

function parseReceipt(json: unknown): ReceiptTemplate {
  const r = record(json);
  const d = DEFAULT_RECEIPT_TEMPLATE;
  return {
    headerLines: textLines(r.headerLines ?? r.header, RECEIPT_LIMITS.headerLines) ?? d.headerLines,
    footerLines: textLines(r.footerLines ?? r.footer, RECEIPT_LIMITS.footerLines) ?? d.footerLines,
    showPointsBalance: typeof r.showPointsBalance === "boolean" ? r.showPointsBalance : d.showPointsBalance,
    showOrderQr: typeof r.showOrderQr === "boolean" ? r.showOrderQr : d.showOrderQr,
    paperWidth: isPaperWidth(r.paperWidth) ? r.paperWidth : d.paperWidth,
  };
}

function parsePayments(json: unknown): PaymentMethodSettings {
  const p = record(json);
  const till = known<TillTender>(p.tillTenders, TILL_TENDERS) ?? DEFAULT_PAYMENT_METHODS.tillTenders;
  const online = known<OnlineWallet>(p.onlineWallets, ONLINE_WALLETS);
  return {
    // A till always takes cash, whatever was stored.
    tillTenders: till.includes("CASH") ? till : ["CASH", ...till],
    onlineWallets: online?.length ? online : DEFAULT_PAYMENT_METHODS.onlineWallets,
  };
}

function parseLanguages(json: unknown): LanguageSettings {
  const l = record(json);
  const enabled = Array.isArray(l.enabledLocales) ? l.enabledLocales.filter(isSupportedLocale) : [];
  const offered = enabled.length ? [...new Set(enabled)] : DEFAULT_LANGUAGES.enabledLocales;
  const pick = (v: unknown) =>
    isSupportedLocale(v) && offered.includes(v) ? v : offered.includes("zh-CN") ? "zh-CN" : (offered[0] ?? "zh-CN");
  return { enabledLocales: offered, storefrontLocale: pick(l.storefrontLocale), tillLocale: pick(l.tillLocale) };
}

const int = (v: unknown, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : fallback;

export function parseMerchantSettings(json: unknown): MerchantSettings {
  const s = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const points = (s.points ?? {}) as Record<string, unknown>;
  const rounding = s.cashRounding;
  return {
    redemption: {
      // Either { centsPerPoint } (1 point = n 分) or { ratePoints, rateValue }; default 100 points = ¥1.
      ratePoints: points.centsPerPoint !== undefined ? 1 : int(points.ratePoints, 100, 1),
      rateValue: points.centsPerPoint !== undefined ? int(points.centsPerPoint, 1, 1) : int(points.rateValue, 100, 1),
      maxShareBps: int(points.maxRedeemShareBps, 5000, 0, 10000),
      minPoints: int(points.minPoints, 0),
    },
    earning: {
      pointsPerYuan: int(points.pointsPerYuan, 1),
      categoryMultipliersBps: (points.categoryMultipliersBps as Record<string, number> | undefined) ?? undefined,
      doublePointsDays: (points.doublePointsDays as PointsEarningRules["doublePointsDays"]) ?? null,
    },
    cashRounding: rounding === "JIAO" || rounding === "YUAN" ? rounding : "NONE",
    allowNegativeStockAtPos: s.allowNegativeStockAtPos !== false,
    reservationMinutes: int(s.reservationMinutes, 15, 1, 24 * 60),
    pointsValidityDays: int(points.validityDays, 365, 1, 3650),
    receipt: parseReceipt(s[SETTINGS_KEYS.receipt]),
    payments: parsePayments(s[SETTINGS_KEYS.payments]),
    languages: parseLanguages(s[SETTINGS_KEYS.languages]),
  };
}
