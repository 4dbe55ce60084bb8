// Which lines of an order go back and how many: pure, so the returns screen and its tests agree on what is returnable.

export type ReturnableLine = { id: string; quantity: number; returnedQuantity: number; total: number };
export type ReturnPick = Record<string, { quantity: number; restock: boolean }>;

/** Units of a line still returnable. */
export function returnable(line: ReturnableLine): number {
  return Math.max(0, line.quantity - line.returnedQuantity);
}

/** Sets how many units of a line go back, within what is returnable (0 removes it). */
export function pick(picks: ReturnPick, line: ReturnableLine, quantity: number, restock = picks[line.id]?.restock ?? true): ReturnPick {
  const q = Math.max(0, Math.min(returnable(line), Math.floor(quantity)));
  const next = { ...picks };
  if (q === 0) delete next[line.id];
  else next[line.id] = { quantity: q, restock };
  return next;
}

/** The createReturn lines of a pick. */
export function returnLines(picks: ReturnPick): { orderLineId: string; quantity: number; restock: boolean }[] {
  return Object.entries(picks).map(([orderLineId, p]) => ({ orderLineId, quantity: p.quantity, restock: p.restock }));
}

/**
 * What the refund comes to, estimated the way the server prorates: each unit is worth its share of the line's total
 * after discounts. The server's figure on the return receipt is the one paid.
 */
export function estimatedRefund(lines: readonly ReturnableLine[], picks: ReturnPick): number {
  let sum = 0;
  for (const line of lines) {
    const p = picks[line.id];
    if (p) sum += Math.floor((line.total * p.quantity) / line.quantity);
  }
  return sum;
}
