"use client";

import { useT } from "@o2o/client";
import { centreText, PAPER_COLUMNS, type ReceiptTemplate, twoColumns, wrap } from "@o2o/domain";

/**
 * The receipt as a till prints it with this template, on sample data: the same column rules as the printer (a Chinese
 * character takes two columns), in a monospace box as wide as the paper.
 */
export function ReceiptPreview({ template }: { template: ReceiptTemplate }) {
  const t = useT();
  const W = PAPER_COLUMNS[template.paperWidth];
  const centred = (text: string) => wrap(text, W).map((part) => centreText(part, W));
  const rule = "-".repeat(W);
  const lines = [
    ...template.headerLines.flatMap(centred),
    ...centred(t("receipt.sample.store")),
    ...centred(t("receipt.sample.address")),
    ...centred(`${t("receipt.sample.tel")}: 021-63210001`),
    rule,
    `${t("receipt.sample.number")}: P20261124SH010007`,
    rule,
    ...wrap(t("receipt.sample.item1"), W),
    twoColumns("  TS-001-WL  1 x 99.00", "99.00", W),
    ...wrap(t("receipt.sample.item2"), W),
    twoColumns("  SK-3P  1 x 30.00", "30.00", W),
    rule,
    twoColumns(t("receipt.sample.subtotal"), "129.00", W),
    twoColumns(t("receipt.sample.total"), "129.00", W),
    twoColumns(t("receipt.sample.cash"), "150.00", W),
    twoColumns(t("receipt.sample.change"), "21.00", W),
    rule,
    ...wrap(t("receipt.sample.member"), W),
    twoColumns(t("receipt.sample.pointsEarned"), "+129", W),
    ...(template.showPointsBalance ? [twoColumns(t("receipt.sample.pointsBalance"), "1432", W)] : []),
    rule,
    ...(template.showOrderQr ? centred(t("receipt.sample.qr")) : []),
    ...template.footerLines.flatMap(centred),
    ...centred(t("receipt.sample.thanks")),
  ];
  return (
    <figure className="receipt-preview">
      <figcaption className="muted small">
        {t("receipt.preview")} · {t("receipt.paper", { mm: template.paperWidth, columns: W })}
      </figcaption>
      <pre className="receipt-paper" style={{ width: `${W + 2}ch` }} data-testid="receipt-preview">
        {lines.join("\n")}
      </pre>
      <p className="muted small">{t("receipt.previewNote")}</p>
    </figure>
  );
}
