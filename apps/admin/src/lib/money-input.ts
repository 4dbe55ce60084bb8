/** "12.5" → 1250 分; null when it is not a non-negative amount with at most two decimals. */
export function parseYuan(input: string): number | null {
  const text = input.trim().replace(/^¥/, "").replace(/,/g, "");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) return null;
  const [whole = "0", frac = ""] = text.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

/** 1250 → "12.50", for an input's initial value. */
export function fenToYuanInput(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** "12" → 12; null unless a whole number within [min, max]. */
export function parseWhole(input: string, min = 0, max = 1_000_000): number | null {
  const text = input.trim();
  if (!/^-?\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
