import type { Translate } from "@o2o/client";
import { displayWidth, PAPER_COLUMNS, type PaperWidth, RECEIPT_LIMITS, type SettingsProblem } from "@o2o/domain";

/** Non-empty trimmed lines of a textarea. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A receipt line problem (the domain rule the API applies too) in the console's words. */
export function receiptProblemMessage(t: Translate, p: SettingsProblem, lines: readonly string[], paperWidth: PaperWidth): string {
  const index = Number(p.field.split(".").at(-1));
  switch (p.code) {
    case "LINE_TOO_WIDE":
      return t("receipt.lineTooWide", {
        n: index + 1,
        width: displayWidth(lines[index] ?? ""),
        mm: paperWidth,
        columns: PAPER_COLUMNS[paperWidth],
      });
    case "TOO_MANY_LINES":
      return t("receipt.tooManyLines", { max: RECEIPT_LIMITS[p.field as keyof typeof RECEIPT_LIMITS] ?? RECEIPT_LIMITS.headerLines });
    default:
      return p.message;
  }
}
