"use client";

import { useT, errorDetail } from "@o2o/client";
import { PAPER_COLUMNS, PAPER_WIDTHS, type PaperWidth, RECEIPT_LIMITS, type ReceiptTemplate, receiptTemplateProblems } from "@o2o/domain";
import { AdminUpdateReceiptTemplateDocument } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { FormAlert, Notice } from "../../components/form-field";
import { LinesField } from "./lines-field";
import { linesOf, receiptProblemMessage } from "./receipt-lines";
import { ReceiptPreview } from "./receipt-preview";

/** The receipt template form with a live preview at the chosen paper width; checked with the API's own rule. */
export function ReceiptTemplateForm({ initial, canEdit }: { initial: ReceiptTemplate; canEdit: boolean }) {
  const t = useT();
  const [header, setHeader] = useState(initial.headerLines.join("\n"));
  const [footer, setFooter] = useState(initial.footerLines.join("\n"));
  const [showPointsBalance, setShowPointsBalance] = useState(initial.showPointsBalance);
  const [showOrderQr, setShowOrderQr] = useState(initial.showOrderQr);
  const [paperWidth, setPaperWidth] = useState<PaperWidth>(initial.paperWidth);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(AdminUpdateReceiptTemplateDocument);

  const template: ReceiptTemplate = {
    headerLines: linesOf(header),
    footerLines: linesOf(footer),
    showPointsBalance,
    showOrderQr,
    paperWidth,
  };
  const problems = receiptTemplateProblems(template);
  const problemOf = (field: "headerLines" | "footerLines") => {
    const p = problems.find((x) => x.field === field || x.field.startsWith(`${field}.`));
    return p ? receiptProblemMessage(t, p, template[field], paperWidth) : null;
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    if (problems.length > 0) return setError(t("settings.fixErrors"));
    const res = await save({ input: template });
    if (res.data) {
      setError(null);
      setSaved(t("receipt.saved"));
    } else setError(t("common.failed", { message: errorDetail(res.error) }));
  }

  return (
    <div className="receipt-layout">
      <form className="card form-card" onSubmit={onSubmit} aria-labelledby="receipt-form-title" noValidate>
        <div>
          <h3 className="card-title" id="receipt-form-title">
            {t("receipt.title")}
          </h3>
          <p className="muted">{t("receipt.body")}</p>
        </div>
        <FormAlert message={error} />
        <Notice message={saved} />
        <fieldset disabled={!canEdit} className="plain-fieldset">
          <LinesField
            label={t("receipt.headerLines", { max: RECEIPT_LIMITS.headerLines })}
            value={header}
            onChange={setHeader}
            problem={problemOf("headerLines")}
          />
          <LinesField
            label={t("receipt.footerLines", { max: RECEIPT_LIMITS.footerLines })}
            value={footer}
            onChange={setFooter}
            problem={problemOf("footerLines")}
            hint={t("receipt.widthHint")}
          />
          <fieldset>
            <legend>{t("receipt.paperWidth")}</legend>
            <div className="check-row">
              {PAPER_WIDTHS.map((mm) => (
                <label key={mm} className="check">
                  <input type="radio" name="paper-width" checked={paperWidth === mm} onChange={() => setPaperWidth(mm)} />
                  {t("receipt.paper", { mm, columns: PAPER_COLUMNS[mm] })}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="check-row">
            <label className="check">
              <input type="checkbox" checked={showPointsBalance} onChange={(e) => setShowPointsBalance(e.target.checked)} />
              {t("receipt.showPointsBalance")}
            </label>
            <label className="check">
              <input type="checkbox" checked={showOrderQr} onChange={(e) => setShowOrderQr(e.target.checked)} />
              {t("receipt.showOrderQr")}
            </label>
          </div>
        </fieldset>
        {canEdit ? (
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={fetching}>
              {t("common.save")}
            </button>
          </div>
        ) : null}
      </form>
      <ReceiptPreview template={template} />
    </div>
  );
}
