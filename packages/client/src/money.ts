// Display only: amounts are integers of 分 (ADR 0001). Formatting never goes through floats.

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Formats an integer amount of 分 as yuan: 1234 → "¥12.34", 123456 → "¥1,234.56", -50 → "-¥0.50". */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return "¥—";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${fen < 0 ? "-" : ""}¥${groupThousands(String(yuan))}.${String(cents).padStart(2, "0")}`;
}

/** "¥12.34" when both ends agree, "¥12.34 – ¥56.78" otherwise. */
export function formatFenRange(min: number, max: number): string {
  return min === max ? formatFen(min) : `${formatFen(min)} – ${formatFen(max)}`;
}
