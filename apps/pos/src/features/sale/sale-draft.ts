// The sale being rung up, beyond its lines: the member, the coupons scanned, the points to redeem and the manager's
// approval for manual prices. Pure: the selling screen keeps it in a reducer, suspends it to storage and turns it into
// the server's inputs (preview and sale).

import type { PosSaleInput, PosSalePreviewInput } from "@o2o/schema";
import { type CartAction, type CartLine, cartReducer } from "../cart/cart";

export type DraftMember = {
  id: string;
  name: string | null;
  maskedPhone: string;
  pointsBalance: number;
  storeCreditBalance: number;
  tierName: string | null;
};

export type Approval = { username: string; pin: string };

export type SaleDraft = {
  lines: CartLine[];
  member: DraftMember | null;
  couponCodes: string[];
  pointsToRedeem: number;
  approval: Approval | null;
  /** The line the line keys (quantity, discount, void) act on: the last one added unless the cashier picks another. */
  selected: string | null;
};

export const EMPTY_DRAFT: SaleDraft = { lines: [], member: null, couponCodes: [], pointsToRedeem: 0, approval: null, selected: null };

export type DraftAction =
  | CartAction
  | { type: "select"; variantId: string | null }
  | { type: "approve"; approval: Approval }
  | { type: "setMember"; member: DraftMember | null }
  | { type: "addCoupon"; code: string }
  | { type: "removeCoupon"; code: string }
  | { type: "setPoints"; points: number }
  | { type: "restore"; draft: SaleDraft };

const MAX_COUPONS = 10;

export function draftReducer(draft: SaleDraft, action: DraftAction): SaleDraft {
  switch (action.type) {
    case "select":
      return { ...draft, selected: action.variantId };
    case "approve":
      return { ...draft, approval: action.approval };
    case "setMember":
      // Points belong to the member: a different member (or none) starts from zero.
      return { ...draft, member: action.member, pointsToRedeem: 0 };
    case "addCoupon": {
      const code = action.code.trim().toUpperCase();
      if (!code || draft.couponCodes.includes(code) || draft.couponCodes.length >= MAX_COUPONS) return draft;
      return { ...draft, couponCodes: [...draft.couponCodes, code] };
    }
    case "removeCoupon":
      return { ...draft, couponCodes: draft.couponCodes.filter((c) => c !== action.code) };
    case "setPoints":
      return { ...draft, pointsToRedeem: draft.member ? Math.max(0, Math.floor(action.points)) : 0 };
    case "restore":
      return action.draft;
    case "clear":
      return EMPTY_DRAFT;
    default: {
      const lines = cartReducer(draft.lines, action);
      const selected =
        action.type === "add"
          ? action.line.variantId
          : lines.some((l) => l.variantId === draft.selected)
            ? draft.selected
            : (lines.at(-1)?.variantId ?? null);
      // Without manual prices left, an earlier approval has nothing to approve.
      const approval = lines.some((l) => l.manual) ? draft.approval : null;
      return { ...draft, lines, selected, approval };
    }
  }
}

/** The line the line keys act on. */
export function selectedLine(draft: SaleDraft): CartLine | null {
  return draft.lines.find((l) => l.variantId === draft.selected) ?? draft.lines.at(-1) ?? null;
}

function saleLines(draft: SaleDraft): PosSalePreviewInput["lines"] {
  return draft.lines.map((l) => ({
    variantId: l.variantId,
    quantity: l.quantity,
    ...(l.manual ? { manual: { kind: l.manual.kind, value: l.manual.value, label: l.manual.label ?? null } } : {}),
  }));
}

/** What the server prices for the screen (null for an empty cart). */
export function previewInput(draft: SaleDraft, storeId: string): PosSalePreviewInput | null {
  if (draft.lines.length === 0) return null;
  return {
    storeId,
    memberId: draft.member?.id ?? null,
    lines: saleLines(draft),
    couponCodes: draft.couponCodes,
    pointsToRedeem: draft.pointsToRedeem,
  };
}

/** The sale as createPosSale takes it. */
export function saleInput(
  draft: SaleDraft,
  till: { clientSaleId: string; storeId: string; registerId: string; shiftId: string | null },
  tenders: PosSaleInput["tenders"],
): PosSaleInput {
  return {
    clientSaleId: till.clientSaleId,
    storeId: till.storeId,
    registerId: till.registerId,
    shiftId: till.shiftId,
    memberId: draft.member?.id ?? null,
    lines: saleLines(draft),
    couponCodes: draft.couponCodes,
    pointsToRedeem: draft.pointsToRedeem,
    tenders,
    approval: draft.lines.some((l) => l.manual) ? draft.approval : null,
    training: false,
  };
}
