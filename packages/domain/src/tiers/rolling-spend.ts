import { assertInteger } from "../input-assertions.ts";
import type { Money } from "../money/money.ts";
import { addCalendarMonths } from "../time/calendar-months.ts";

export interface SpendEntry {
  readonly at: Date;
  /** positive for sales, negative for refunds */
  readonly amount: Money;
}

// Rule: rolling spend = net of entries in (at - months, at], never below zero; refunds reduce it in the window they
// were made.
export function rollingSpend(entries: readonly SpendEntry[], at: Date, months = 12): Money {
  const end = at.getTime();
  const start = addCalendarMonths(at, -months).getTime();
  let total = 0;
  for (const entry of entries) {
    assertInteger(entry.amount, "amount");
    const t = entry.at.getTime();
    if (t > start && t <= end) total += entry.amount;
  }
  return Math.max(0, total);
}
