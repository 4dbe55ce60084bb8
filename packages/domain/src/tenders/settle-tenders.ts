import { type DomainError, domainError, type Result } from "../errors.ts";
import { assertNonNegativeInteger } from "../input-assertions.ts";
import { type CashRoundingMode, roundCash } from "../money/cash-rounding.ts";
import { formatMoney } from "../money/format-money.ts";
import type { Money } from "../money/money.ts";

export const TENDERS = ["CASH", "CARD", "WECHAT_PAY", "ALIPAY", "POINTS", "STORE_CREDIT", "VOUCHER"] as const;
export type Tender = (typeof TENDERS)[number];

export interface TenderInput {
  readonly tender: Tender;
  /** money value offered with this tender (for POINTS: the points' value in 分) */
  readonly amount: Money;
}

export interface SettledTender {
  readonly tender: Tender;
  readonly offered: Money;
  /** what this tender pays towards the order (cash: offered minus its share of the change) */
  readonly applied: Money;
}

export interface Settlement {
  /** total after cash rounding */
  readonly due: Money;
  /** 抹零 on the cash part, <= 0 */
  readonly roundingAdjustment: Money;
  readonly offered: Money;
  readonly change: Money;
  readonly tenders: readonly SettledTender[];
}

export type SettleTendersResult = Result<
  Settlement,
  DomainError<"TENDER_OVERPAID_NON_CASH" | "TENDER_INVALID_AMOUNT"> | (DomainError<"TENDER_SHORT"> & { readonly missing: Money })
>;

/**
 * Rule: non-cash tenders pay exactly and may not exceed the total; cash covers the rest and is the only tender that
 * can overpay (change = cash - cash due). Cash rounding (抹零) applies only to the part paid in cash.
 */
export function settleTenders(input: {
  readonly total: Money;
  readonly tenders: readonly TenderInput[];
  readonly cashRounding?: CashRoundingMode;
}): SettleTendersResult {
  assertNonNegativeInteger(input.total, "total");
  let cashOffered = 0;
  let nonCash = 0;
  for (const { tender, amount } of input.tenders) {
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      return domainError("TENDER_INVALID_AMOUNT", `${tender} amount must be a positive amount of 分`);
    }
    if (tender === "CASH") cashOffered += amount;
    else nonCash += amount;
  }
  if (nonCash > input.total) {
    return domainError(
      "TENDER_OVERPAID_NON_CASH",
      `non-cash tenders (${formatMoney(nonCash)}) exceed the total (${formatMoney(input.total)}); only cash gives change`,
    );
  }
  const cashPart = input.total - nonCash;
  const { rounded: cashDue, adjustment } =
    cashOffered > 0 ? roundCash(cashPart, input.cashRounding ?? "NONE") : { rounded: cashPart, adjustment: 0 };
  if (cashOffered < cashDue) {
    const missing = cashDue - cashOffered;
    return { ok: false, code: "TENDER_SHORT", message: `${formatMoney(missing)} still to pay`, missing };
  }
  const change = cashOffered - cashDue;
  let changeLeft = change;
  // Change comes out of the last cash tenders first, so earlier ones stay fully applied.
  const tenders: SettledTender[] = new Array(input.tenders.length);
  for (let i = input.tenders.length - 1; i >= 0; i--) {
    const { tender, amount } = input.tenders[i] as TenderInput;
    const fromThis = tender === "CASH" ? Math.min(amount, changeLeft) : 0;
    changeLeft -= fromThis;
    tenders[i] = { tender, offered: amount, applied: amount - fromThis };
  }
  return {
    ok: true,
    due: input.total + adjustment,
    roundingAdjustment: adjustment,
    offered: cashOffered + nonCash,
    change,
    tenders,
  };
}
