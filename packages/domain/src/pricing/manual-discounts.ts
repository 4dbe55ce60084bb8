import type { DomainError, ManualDiscountErrorCode } from "../errors.ts";
import { applyBps } from "../money/basis-points.ts";
import type { Money } from "../money/money.ts";
import { discountLine, type WorkingLine } from "./cart-working-line.ts";

/**
 * Staff adjustments on one line. AMOUNT_OFF: 分 off the line; PERCENT_OFF: bps off what is left on the line;
 * PRICE_OVERRIDE: the unit price becomes `value`, and promotions and coupons no longer touch the line.
 */
export type ManualDiscountKind = "AMOUNT_OFF" | "PERCENT_OFF" | "PRICE_OVERRIDE";

export interface ManualDiscountInput {
  /** caller's id (e.g. the audit record), used as the discount's sourceId */
  readonly id: string;
  readonly lineId: string;
  readonly kind: ManualDiscountKind;
  readonly value: number;
  readonly label?: string | null;
}

export type ManualDiscountResult =
  | { readonly id: string; readonly lineId: string; readonly ok: true; readonly amount: Money }
  | (DomainError<ManualDiscountErrorCode> & { readonly id: string; readonly lineId: string });

const DEFAULT_LABEL: Record<ManualDiscountKind, string> = {
  AMOUNT_OFF: "Manual discount",
  PERCENT_OFF: "Manual discount",
  PRICE_OVERRIDE: "Price override",
};

function manualAmount(line: WorkingLine, manual: ManualDiscountInput): Money | string {
  const { value } = manual;
  if (line.priceOverridden) return "the line's price was overridden; remove the override first";
  switch (manual.kind) {
    case "AMOUNT_OFF":
      if (!Number.isSafeInteger(value) || value <= 0) return "amount off must be a positive integer of 分";
      if (value > line.remaining) return "amount off exceeds what is left to pay on the line";
      return value;
    case "PERCENT_OFF":
      if (!Number.isSafeInteger(value) || value <= 0 || value > 10_000) return "percent off must be 1-10000 bps";
      return applyBps(line.remaining, value);
    case "PRICE_OVERRIDE": {
      if (!Number.isSafeInteger(value) || value < 0) return "override price must be a non-negative integer of 分";
      const newTotal = value * line.input.quantity;
      if (newTotal > line.remaining) return "override price is above the current price";
      return line.remaining - newTotal;
    }
  }
}

// Rule: manual adjustments apply first, in the order given, before promotions and coupons; an invalid one is
// reported and skipped.
export function applyManualDiscounts(
  lines: readonly WorkingLine[],
  manualDiscounts: readonly ManualDiscountInput[],
): ManualDiscountResult[] {
  const byId = new Map(lines.map((line) => [line.input.lineId, line]));
  return manualDiscounts.map((manual): ManualDiscountResult => {
    const { id, lineId } = manual;
    const line = byId.get(lineId);
    if (line === undefined) {
      return { ok: false, id, lineId, code: "MANUAL_LINE_NOT_FOUND", message: `no line ${lineId} in the cart` };
    }
    const amount = manualAmount(line, manual);
    if (typeof amount === "string") return { ok: false, id, lineId, code: "MANUAL_DISCOUNT_INVALID", message: amount };
    discountLine(line, { source: "MANUAL", sourceId: id, label: manual.label ?? DEFAULT_LABEL[manual.kind], amount });
    if (manual.kind === "PRICE_OVERRIDE") line.priceOverridden = true;
    return { ok: true, id, lineId, amount };
  });
}
