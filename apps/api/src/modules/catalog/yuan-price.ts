/**
 * Prices as people type them in a spreadsheet ("99", "99.9", "¥1,299.00") to integer 分 and back, by string
 * arithmetic only: "19.99" is 1999 分 exactly, never 19.99 * 100 = 1998.9999999999998.
 */

export type ParsedPrice = { ok: true; fen: number } | { ok: false; message: string };

const YUAN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;
const FEN = /^\d+$/;

/** Yuan with at most two decimals (more are allowed only when they are zeros), an optional ¥ and thousands commas. */
export function parseYuan(input: string): ParsedPrice {
  const text = input
    .normalize("NFKC")
    .trim()
    .replace(/^[¥￥]\s*/, "");
  if (text.startsWith("-")) return { ok: false, message: `"${input}" is negative; prices are 0 or more.` };
  const m = YUAN.exec(text);
  if (!m) return { ok: false, message: `"${input}" is not a price in yuan such as 99 or 99.00.` };
  const whole = (m[1] as string).replace(/,/g, "");
  const decimals = (m[2] ?? "").replace(/0+$/, "");
  if (decimals.length > 2) return { ok: false, message: `"${input}" has more than two decimals; 分 is the smallest unit.` };
  const fen = Number(whole.replace(/^0+(?=\d)/, "")) * 100 + Number(decimals.padEnd(2, "0"));
  if (!Number.isSafeInteger(fen)) return { ok: false, message: `"${input}" is too large.` };
  return { ok: true, fen };
}

/** A whole number of 分 ("9990"). */
export function parseFen(input: string): ParsedPrice {
  const text = input.normalize("NFKC").trim();
  if (!FEN.test(text)) return { ok: false, message: `"${input}" is not a whole number of 分.` };
  const fen = Number(text);
  if (!Number.isSafeInteger(fen)) return { ok: false, message: `"${input}" is too large.` };
  return { ok: true, fen };
}

/** 分 as yuan with two decimals: 1999 → "19.99", 5 → "0.05". */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${fen} is not a whole number of 分`);
  const digits = String(Math.abs(fen)).padStart(3, "0");
  return `${fen < 0 ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
