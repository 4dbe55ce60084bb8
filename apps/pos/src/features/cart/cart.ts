// The till's cart while a sale is being built. Display only: amounts are the variants' list prices in 分, and the
// server recomputes every price and total when the sale is submitted (ADR 0001).

export type CartLine = {
  variantId: string;
  productName: string;
  /** Empty when the variant has no name of its own (single-variant products). */
  variantName: string;
  sku: string;
  /** List price in 分. */
  unitPrice: number;
  quantity: number;
  /** A line discount or price override (needs a manager's approval at the sale). */
  manual?: ManualAdjust | null;
};

export type ManualAdjust = { kind: "AMOUNT_OFF" | "PERCENT_OFF" | "PRICE_OVERRIDE"; value: number; label?: string | null };

export type CartAction =
  | { type: "add"; line: Omit<CartLine, "quantity"> }
  | { type: "increment" | "decrement" | "remove"; variantId: string }
  | { type: "setQuantity"; variantId: string; quantity: number }
  | { type: "setManual"; variantId: string; manual: ManualAdjust | null }
  | { type: "clear" };

const MAX_QUANTITY = 999;

/** Adding a variant already in the cart raises its quantity; decrementing to zero removes the line. */
export const MAX_LINE_QUANTITY = MAX_QUANTITY;

export function cartReducer(lines: readonly CartLine[], action: CartAction): CartLine[] {
  switch (action.type) {
    case "add": {
      const existing = lines.find((l) => l.variantId === action.line.variantId);
      if (!existing) return [...lines, { ...action.line, quantity: 1 }];
      return lines.map((l) => (l === existing ? { ...l, quantity: Math.min(MAX_QUANTITY, l.quantity + 1) } : l));
    }
    case "increment":
      return lines.map((l) => (l.variantId === action.variantId ? { ...l, quantity: Math.min(MAX_QUANTITY, l.quantity + 1) } : l));
    case "decrement":
      return lines.flatMap((l) => (l.variantId !== action.variantId ? [l] : l.quantity > 1 ? [{ ...l, quantity: l.quantity - 1 }] : []));
    case "setQuantity": {
      const quantity = Math.min(MAX_QUANTITY, Math.floor(action.quantity));
      if (!Number.isFinite(quantity)) return [...lines];
      return lines.flatMap((l) => (l.variantId !== action.variantId ? [l] : quantity > 0 ? [{ ...l, quantity }] : []));
    }
    case "setManual":
      return lines.map((l) => (l.variantId === action.variantId ? { ...l, manual: action.manual } : l));
    case "remove":
      return lines.filter((l) => l.variantId !== action.variantId);
    case "clear":
      return [];
  }
}

/** Item count and list-price subtotal (分). */
export function cartTotals(lines: readonly CartLine[]): { quantity: number; subtotal: number } {
  return lines.reduce((acc, l) => ({ quantity: acc.quantity + l.quantity, subtotal: acc.subtotal + l.quantity * l.unitPrice }), {
    quantity: 0,
    subtotal: 0,
  });
}
