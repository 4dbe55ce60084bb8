import type { ManualAdjust } from "../cart/cart";
import { parseYuan } from "../payment/tender-math";

/** Turns what the cashier typed into the server's manual discount: percent → basis points, yuan → 分; null if invalid. */
export function manualOf(kind: ManualAdjust["kind"], text: string): ManualAdjust | null {
  if (kind === "PERCENT_OFF") {
    const t = text.trim();
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
    const pct = Number(t);
    if (pct <= 0 || pct > 100) return null;
    return { kind, value: Math.round(pct * 100) };
  }
  const fen = parseYuan(text);
  if (fen === null || (kind === "AMOUNT_OFF" && fen <= 0)) return null;
  return { kind, value: fen };
}
