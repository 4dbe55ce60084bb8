"use client";

import { formatFen, useT } from "@o2o/client";
import { useId, useState } from "react";
import { ActionButton } from "../../components/action-button";
import { Modal } from "../../components/modal";
import { MoneyInput } from "../../components/money-input";
import { PAYMENT_KEYS } from "../keyboard/shortcuts";
import { useFunctionKeys } from "../keyboard/use-function-keys";
import type { DraftMember } from "../sale/sale-draft";
import type { SalePreview } from "../sale/use-sale-preview";
import { enabledTenders, useTillReference } from "../offline/till-settings";
import { useWedgeScanner } from "../scanner/use-wedge-scanner";
import { playSound } from "../sound/tones";
import { tenderLabelKey } from "./tender-labels";
import {
  type CashRounding,
  parseYuan,
  quickCashOptions,
  summariseTenders,
  type TenderEntry,
  type TillTender,
  walletOfPaymentCode,
} from "./tender-math";

type Method = TillTender | "POINTS";
export type PaymentFailure = { title: string; message: string };

const METHODS: { method: Method; key: keyof typeof PAYMENT_KEYS }[] = [
  { method: "CASH", key: "cash" },
  { method: "CARD", key: "card" },
  { method: "WECHAT_PAY", key: "wechat" },
  { method: "ALIPAY", key: "alipay" },
  { method: "POINTS", key: "points" },
  { method: "STORE_CREDIT", key: "storeCredit" },
];

/**
 * F12: takes the money. Tenders are added one by one (split tender) until nothing is due: cash with quick-cash notes
 * and the change, card with the terminal's reference, WeChat Pay / Alipay by scanning the shopper's payment code,
 * points and store credit of the member. Only the tenders the merchant enabled are offered (the server refuses the
 * others). Completing hands every tender to the server in one sale.
 */
export function PaymentDialog({
  preview,
  member,
  training,
  submitting,
  failure,
  onSetPoints,
  onSubmit,
  onClose,
}: {
  preview: SalePreview;
  member: DraftMember | null;
  training: boolean;
  submitting: boolean;
  failure: PaymentFailure | null;
  onSetPoints: (points: number) => void;
  onSubmit: (tenders: TenderEntry[]) => void;
  onClose: () => void;
}) {
  const t = useT();
  const ids = { amount: useId(), ref: useId(), code: useId(), points: useId() };
  const rounding = (preview.cashRounding as CashRounding) ?? "NONE";
  const [tenders, setTenders] = useState<TenderEntry[]>([]);
  const summary = summariseTenders(preview.amountDue, tenders, rounding);
  const [method, setMethod] = useState<Method>("CASH");
  const [amount, setAmount] = useState("");
  const [reference, setReference] = useState("");
  const [code, setCode] = useState("");
  const [points, setPoints] = useState(String(preview.pointsUsed || preview.maxRedeemablePoints || ""));
  const [error, setError] = useState<string | null>(null);
  const enabled = enabledTenders(useTillReference());
  const methods = METHODS.filter((m) => enabled.includes(m.method));

  const remainingText = (summary.remaining / 100).toFixed(2);
  const choose = (m: Method) => {
    if (!enabled.includes(m)) {
      setError(t("pay.tenderDisabled", { tender: t(tenderLabelKey(m)) }));
      playSound("error");
      return;
    }
    if ((m === "POINTS" || m === "STORE_CREDIT") && !member) {
      setError(t("pay.needsMember"));
      playSound("error");
      return;
    }
    setMethod(m);
    setError(null);
    setAmount(m === "STORE_CREDIT" && member ? String(Math.min(summary.remaining, member.storeCreditBalance) / 100) : "");
    setReference("");
    setCode("");
  };

  const add = (entry: Omit<TenderEntry, "id">) => {
    setTenders((list) => [...list, { ...entry, id: crypto.randomUUID() }]);
    setAmount("");
    setReference("");
    setCode("");
    setError(null);
    playSound("scan");
  };

  const addFromForm = (override?: { amount?: number; authCode?: string }) => {
    if (method === "POINTS") {
      const n = Number(points);
      if (!Number.isInteger(n) || n < 0) return setError(t("pay.pointsInvalid"));
      onSetPoints(n);
      return;
    }
    const fen = override?.amount ?? (amount.trim() === "" ? summary.remaining : parseYuan(amount));
    if (fen === null || fen <= 0) return setError(t("pay.amountInvalid"));
    if (method !== "CASH" && fen > summary.remaining) return setError(t("pay.nonCashOver", { max: formatFen(summary.remaining) }));
    if (method === "CARD") {
      if (!reference.trim()) return setError(t("pay.referenceNeeded"));
      return add({ tender: "CARD", amount: fen, reference: reference.trim() });
    }
    if (method === "WECHAT_PAY" || method === "ALIPAY") {
      const authCode = (override?.authCode ?? code).replace(/\s/g, "");
      const wallet = walletOfPaymentCode(authCode);
      if (!wallet) return setError(t("pay.codeInvalid"));
      if (wallet !== method) return setError(t("pay.codeWrongWallet", { wallet: t(tenderLabelKey(wallet)) }));
      return add({ tender: wallet, amount: fen, authCode });
    }
    if (method === "STORE_CREDIT" && member && fen > member.storeCreditBalance) {
      return setError(t("pay.creditShort", { balance: formatFen(member.storeCreditBalance) }));
    }
    add({ tender: method, amount: fen });
  };

  // The shopper's payment code scanned while paying: it picks its wallet itself.
  useWedgeScanner(
    (scanned) => {
      const wallet = walletOfPaymentCode(scanned);
      if (!wallet) {
        playSound("error");
        setError(t("pay.codeInvalid"));
        return;
      }
      if (!enabled.includes(wallet)) {
        playSound("error");
        setError(t("pay.tenderDisabled", { tender: t(tenderLabelKey(wallet)) }));
        return;
      }
      if (summary.remaining <= 0) return;
      setMethod(wallet);
      const fen = method === wallet && amount.trim() ? parseYuan(amount) : summary.remaining;
      if (fen === null || fen <= 0 || fen > summary.remaining) {
        setError(t("pay.amountInvalid"));
        return;
      }
      add({ tender: wallet, amount: fen, authCode: scanned });
    },
    { enabled: !submitting },
  );

  const complete = () => {
    if (submitting) return;
    if (!summary.settled) {
      playSound("error");
      setError(
        summary.overpaidNonCash
          ? t("pay.nonCashOver", { max: formatFen(preview.amountDue) })
          : t("pay.stillDue", { amount: formatFen(summary.remaining) }),
      );
      return;
    }
    onSubmit(tenders);
  };

  useFunctionKeys(
    "payment",
    {
      cash: () => choose("CASH"),
      card: () => choose("CARD"),
      wechat: () => choose("WECHAT_PAY"),
      alipay: () => choose("ALIPAY"),
      points: () => choose("POINTS"),
      storeCredit: () => choose("STORE_CREDIT"),
      confirm: summary.settled ? complete : undefined,
    },
    !submitting,
  );

  return (
    <Modal
      title={training ? `${t("pay.title")} · ${t("training.badge")}` : t("pay.title")}
      onClose={onClose}
      size="wide"
      busy={submitting}
      tone={failure ? "danger" : undefined}
    >
      <div className="pay-grid">
        <div className="pay-summary" aria-live="polite">
          <div className="pay-due">
            <span>{t("pay.due")}</span>
            <strong className="num" data-testid="amount-due">
              {formatFen(preview.amountDue)}
            </strong>
          </div>
          {preview.pointsValue > 0 ? (
            <p className="muted">
              {t("till.pointsUsed", { points: preview.pointsUsed })} −{formatFen(preview.pointsValue)}
            </p>
          ) : null}
          <ul className="tender-list" aria-label={t("pay.tenders")}>
            {tenders.map((entry) => (
              <li key={entry.id}>
                <span>
                  {t(tenderLabelKey(entry.tender))}
                  {entry.reference ? <small className="mono"> {entry.reference}</small> : null}
                  {entry.authCode ? <small className="mono"> ···{entry.authCode.slice(-4)}</small> : null}
                </span>
                <span className="num">{formatFen(entry.amount)}</span>
                <button
                  type="button"
                  className="pos-btn pos-btn-ghost pos-btn-sm"
                  onClick={() => setTenders((list) => list.filter((x) => x.id !== entry.id))}
                  disabled={submitting}
                  aria-label={t("pay.removeTender", { tender: t(tenderLabelKey(entry.tender)) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          {summary.roundingAdjustment < 0 ? (
            <p className="muted">
              {t("pay.rounding")} {formatFen(summary.roundingAdjustment)}
            </p>
          ) : null}
          <div className={`pay-remaining${summary.settled ? " pay-settled" : ""}`}>
            <span>{summary.settled ? t("pay.change") : t("pay.remaining")}</span>
            <strong className="num" data-testid={summary.settled ? "change-due" : "remaining-due"}>
              {formatFen(summary.settled ? summary.change : summary.remaining)}
            </strong>
          </div>
          {failure ? (
            <div className="pay-failure" role="alert">
              <strong>{failure.title}</strong>
              <p>{failure.message}</p>
            </div>
          ) : null}
        </div>

        <div className="pay-entry">
          <fieldset className="method-grid">
            <legend className="visually-hidden">{t("pay.method")}</legend>
            {methods.map(({ method: m, key }) => (
              <ActionButton
                key={m}
                shortcut={PAYMENT_KEYS[key]}
                variant={method === m ? "primary" : "outline"}
                aria-pressed={method === m}
                onClick={() => choose(m)}
                disabled={submitting}
              >
                {t(tenderLabelKey(m))}
              </ActionButton>
            ))}
          </fieldset>
          <form
            className="pay-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              addFromForm();
            }}
          >
            {method === "POINTS" ? (
              <div className="field">
                <label htmlFor={ids.points}>
                  {t("pay.pointsToUse", { max: preview.maxRedeemablePoints, balance: member?.pointsBalance ?? 0 })}
                </label>
                <input
                  id={ids.points}
                  inputMode="numeric"
                  value={points}
                  onChange={(e) => setPoints(e.target.value.replace(/\D/g, ""))}
                  maxLength={9}
                />
                {preview.pointsError ? <p className="field-error">{preview.pointsError}</p> : null}
              </div>
            ) : (
              <MoneyInput
                key={method}
                label={t(method === "CASH" ? "pay.cashReceived" : "pay.amount")}
                value={amount}
                onChange={setAmount}
                placeholder={remainingText}
                disabled={submitting || summary.remaining === 0}
              />
            )}
            {method === "CASH" && summary.remaining > 0 ? (
              <fieldset className="quick-row">
                <legend className="visually-hidden">{t("pay.quickCash")}</legend>
                {quickCashOptions(summary.remaining).map((fen) => (
                  <button
                    key={fen}
                    type="button"
                    className="pos-btn pos-btn-outline quick-cash"
                    onClick={() => add({ tender: "CASH", amount: fen })}
                    disabled={submitting}
                  >
                    {formatFen(fen)}
                  </button>
                ))}
              </fieldset>
            ) : null}
            {method === "CARD" && summary.remaining > 0 ? (
              <div className="field">
                <label htmlFor={ids.ref}>{t("pay.reference")}</label>
                <input id={ids.ref} value={reference} onChange={(e) => setReference(e.target.value)} maxLength={64} autoComplete="off" />
              </div>
            ) : null}
            {(method === "WECHAT_PAY" || method === "ALIPAY") && summary.remaining > 0 ? (
              <div className="field wallet-scan">
                <p className="wallet-hint">{t("pay.scanShopperCode", { wallet: t(tenderLabelKey(method)) })}</p>
                <label htmlFor={ids.code}>{t("pay.paymentCode")}</label>
                <input
                  id={ids.code}
                  inputMode="numeric"
                  value={code}
                  onChange={(e) => setCode(e.target.value.replace(/\D/g, ""))}
                  maxLength={24}
                  autoComplete="off"
                />
              </div>
            ) : null}
            {error ? (
              <p className="field-error" role="alert">
                {error}
              </p>
            ) : null}
            <button
              type="submit"
              className="pos-btn pos-btn-outline pos-btn-xl"
              disabled={submitting || (method !== "POINTS" && summary.remaining === 0)}
            >
              {t(method === "POINTS" ? "pay.applyPoints" : "pay.addTender")}
            </button>
          </form>
          <ActionButton
            shortcut={PAYMENT_KEYS.confirm}
            variant="pay"
            className="pos-btn-xl"
            onClick={complete}
            disabled={submitting || !summary.settled}
            aria-busy={submitting}
          >
            {t(submitting ? "pay.submitting" : "pay.complete")}
          </ActionButton>
        </div>
      </div>
    </Modal>
  );
}
