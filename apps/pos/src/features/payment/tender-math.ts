// The till's side of paying: what is still due while the cashier adds tenders, the change to hand back and the
// quick-cash notes to offer. The server settles the sale again (settleTenders in @o2o/domain) and its answer wins;
// this mirrors its rules so the screen never promises a different change.

export type CashRounding = "NONE" | "JIAO" | "YUAN";
export type TillTender = "CASH" | "CARD" | "WECHAT_PAY" | "ALIPAY" | "STORE_CREDIT";

export type TenderEntry = {
  id: string;
  tender: TillTender;
  /** 分. Cash: what the shopper handed over. */
  amount: number;
  /** Card terminal reference. */
  reference?: string;
  /** WeChat Pay / Alipay payment code scanned from the shopper's phone. */
  authCode?: string;
};

export type TenderSummary = {
  /** Non-cash tenders added so far, 分. */
  nonCash: number;
  cashOffered: number;
  /** Cash due after 抹零 on the part left for cash. */
  cashDue: number;
  /** 抹零 given on the cash part (≤ 0). */
  roundingAdjustment: number;
  /** Still to collect; 0 once settled. */
  remaining: number;
  change: number;
  /** Non-cash tenders may not exceed what is due: only cash gives change. */
  overpaidNonCash: boolean;
  settled: boolean;
};

/** Rounds a cash amount down the way the server's 抹零 does (to 角 or 元). */
export function roundCashDown(amount: number, mode: CashRounding): number {
  if (mode === "JIAO") return amount - (amount % 10);
  if (mode === "YUAN") return amount - (amount % 100);
  return amount;
}

/** Where the tenders stand against the amount due (after points). */
export function summariseTenders(amountDue: number, tenders: readonly TenderEntry[], rounding: CashRounding = "NONE"): TenderSummary {
  let nonCash = 0;
  let cashOffered = 0;
  for (const t of tenders) {
    if (t.tender === "CASH") cashOffered += t.amount;
    else nonCash += t.amount;
  }
  const overpaidNonCash = nonCash > amountDue;
  const cashPart = Math.max(0, amountDue - nonCash);
  const cashDue = cashOffered > 0 ? roundCashDown(cashPart, rounding) : cashPart;
  const remaining = Math.max(0, cashDue - cashOffered);
  const change = overpaidNonCash ? 0 : Math.max(0, cashOffered - cashDue);
  return {
    nonCash,
    cashOffered,
    cashDue,
    roundingAdjustment: cashDue - cashPart,
    remaining,
    change,
    overpaidNonCash,
    settled: !overpaidNonCash && remaining === 0,
  };
}

const NOTES = [1000, 2000, 5000, 10000];

/**
 * Quick-cash buttons for an amount still due: the exact amount, then the next round sums a shopper is likely to hand
 * over (next ¥10, ¥20, ¥50, ¥100, and whole ¥100s above). At most four, ascending, no duplicates.
 */
export function quickCashOptions(due: number, count = 4): number[] {
  if (due <= 0) return [];
  const options = new Set<number>([due]);
  for (const note of NOTES) options.add(Math.ceil(due / note) * note);
  options.add(Math.ceil(due / 10000) * 10000 + 10000);
  return [...options]
    .filter((v) => v >= due)
    .sort((a, b) => a - b)
    .slice(0, count);
}

/** The wallet a scanned payment code belongs to (WeChat 18 digits from 10–15, Alipay 16–24 digits from 25–30). */
export function walletOfPaymentCode(code: string): "WECHAT_PAY" | "ALIPAY" | null {
  const digits = code.replace(/\s/g, "");
  if (/^1[0-5]\d{16}$/.test(digits)) return "WECHAT_PAY";
  if (/^(2[5-9]|30)\d{14,22}$/.test(digits)) return "ALIPAY";
  return null;
}

/** Parses what the cashier typed as yuan ("12", "12.5", "12.50") into 分; null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const t = text.trim().replace(/^¥/, "");
  if (!/^\d{1,7}(\.\d{0,2})?$/.test(t)) return null;
  const [whole = "0", frac = ""] = t.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}
