import type { SettingsProblem } from "../settings/settings-problem.ts";
import { displayWidth } from "./text-width.ts";

export const PAPER_WIDTHS = [58, 80] as const;
export type PaperWidth = (typeof PAPER_WIDTHS)[number];

/** Font A columns per paper width: 384 dots (58 mm) or 576 dots (80 mm), 12 dots a column. */
export const PAPER_COLUMNS: Record<PaperWidth, number> = { 58: 32, 80: 48 };

export const RECEIPT_LIMITS = { headerLines: 4, footerLines: 6 } as const;

/** What a merchant decides about its till receipts; the store's name, address and phone come from the store. */
export type ReceiptTemplate = {
  /** Title lines printed above the store's name; a store may replace them with its own. */
  headerLines: string[];
  /** Lines printed after the totals (returns policy, hotline, ...). */
  footerLines: string[];
  /** Print the member's points balance after a member sale. */
  showPointsBalance: boolean;
  /** Print the order number as a QR code (the shopper scans it to see the order). */
  showOrderQr: boolean;
  paperWidth: PaperWidth;
};

export const DEFAULT_RECEIPT_TEMPLATE: ReceiptTemplate = {
  headerLines: [],
  footerLines: [],
  showPointsBalance: true,
  showOrderQr: true,
  paperWidth: 80,
};

export function isPaperWidth(value: unknown): value is PaperWidth {
  return (PAPER_WIDTHS as readonly unknown[]).includes(value);
}

// ESC/POS commands start with control characters: a printed line must never carry one.
const hasControlCharacter = (line: string) => [...line].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === "\u007f");

/** Rule: at most `max` lines, none empty, none with control characters, each fitting the paper's columns. */
export function receiptLineProblems(field: string, lines: readonly string[], paperWidth: PaperWidth, max: number): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const cols = PAPER_COLUMNS[paperWidth];
  if (lines.length > max) problems.push({ field, code: "TOO_MANY_LINES", message: `At most ${max} lines.` });
  lines.forEach((line, i) => {
    const at = `${field}.${i}`;
    if (!line.trim()) problems.push({ field: at, code: "LINE_EMPTY", message: `Line ${i + 1} is empty.` });
    else if (hasControlCharacter(line))
      problems.push({ field: at, code: "LINE_CONTROL_CHARACTER", message: `Line ${i + 1} has a control character.` });
    else if (displayWidth(line) > cols)
      problems.push({
        field: at,
        code: "LINE_TOO_WIDE",
        message: `Line ${i + 1} takes ${displayWidth(line)} columns; ${paperWidth} mm paper prints ${cols} (a Chinese character takes 2).`,
      });
  });
  return problems;
}

/** Rule: a template prints on its paper: supported width, header and footer lines within their counts and columns. */
export function receiptTemplateProblems(t: ReceiptTemplate): SettingsProblem[] {
  if (!isPaperWidth(t.paperWidth))
    return [{ field: "paperWidth", code: "PAPER_WIDTH_UNSUPPORTED", message: `Paper width must be ${PAPER_WIDTHS.join(" or ")} mm.` }];
  return [
    ...receiptLineProblems("headerLines", t.headerLines, t.paperWidth, RECEIPT_LIMITS.headerLines),
    ...receiptLineProblems("footerLines", t.footerLines, t.paperWidth, RECEIPT_LIMITS.footerLines),
  ];
}
