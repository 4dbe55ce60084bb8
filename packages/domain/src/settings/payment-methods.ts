import { listProblems, type SettingsProblem } from "./settings-problem.ts";

/** Tenders a till can take (points are redeemed as a tender of their value). */
export const TILL_TENDERS = ["CASH", "CARD", "WECHAT_PAY", "ALIPAY", "POINTS", "STORE_CREDIT"] as const;
export type TillTender = (typeof TILL_TENDERS)[number];

/** Wallets an online order is paid with by QR code. */
export const ONLINE_WALLETS = ["WECHAT_PAY", "ALIPAY"] as const;
export type OnlineWallet = (typeof ONLINE_WALLETS)[number];

export type PaymentMethodSettings = {
  /** Tenders the tills offer and the server accepts for till sales; CASH always among them. */
  tillTenders: TillTender[];
  /** Wallets the storefront offers and the server accepts at checkout. */
  onlineWallets: OnlineWallet[];
};

export const DEFAULT_PAYMENT_METHODS: PaymentMethodSettings = { tillTenders: [...TILL_TENDERS], onlineWallets: [...ONLINE_WALLETS] };

/** Rule: known tenders listed once; a till always takes cash; the storefront keeps at least one wallet. */
export function paymentMethodProblems(s: { tillTenders: readonly string[]; onlineWallets: readonly string[] }): SettingsProblem[] {
  const problems = [
    ...listProblems("tillTenders", s.tillTenders, TILL_TENDERS),
    ...listProblems("onlineWallets", s.onlineWallets, ONLINE_WALLETS),
  ];
  if (!s.tillTenders.includes("CASH"))
    problems.push({ field: "tillTenders", code: "CASH_REQUIRED", message: "A till must always be able to take cash." });
  if (s.onlineWallets.length === 0)
    problems.push({
      field: "onlineWallets",
      code: "ONLINE_METHOD_REQUIRED",
      message: "Offer at least one wallet online, or shoppers cannot pay.",
    });
  return problems;
}

/** Rule: the first tender of a till sale that the merchant has not enabled, or null when all are enabled. */
export function disabledTillTender(enabled: readonly TillTender[], used: readonly string[]): string | null {
  return used.find((t) => !(enabled as readonly string[]).includes(t)) ?? null;
}
