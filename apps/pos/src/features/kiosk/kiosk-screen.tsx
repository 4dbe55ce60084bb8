"use client";

import { EmptyState, formatFen, LoadingState, LocaleSwitcher, useT } from "@o2o/client";
import { PosCurrentShiftDocument, PosOrderDocument } from "@o2o/schema";
import { useRouter } from "next/navigation";
import { useEffect, useReducer, useState } from "react";
import { useClient, useQuery } from "urql";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { newClientSaleId, submitSale } from "../offline/sale-submitter";
import { type CompletedSale, SaleComplete } from "../payment/sale-complete";
import { saleReceipt } from "../receipt/print-receipt";
import { useReceiptContext } from "../receipt/use-receipt-context";
import { rejectionKey } from "../sale/rejection-message";
import { draftReducer, EMPTY_DRAFT, saleInput } from "../sale/sale-draft";
import { type Notice, useTillScans } from "../sale/use-till-scans";
import { useSalePreview } from "../sale/use-sale-preview";
import { playSound } from "../sound/tones";
import { Icon } from "../till/icons";
import { PosBrand } from "../till/till-chrome";
import { useTillSelection } from "../till/till-selection";
import { KioskPay } from "./kiosk-pay";
import { KioskSearch } from "./kiosk-search";

const IDLE_RESET_MS = 20_000;

/**
 * Self-checkout: the shopper scans items (or looks them up), sees member prices and promotions priced by the server,
 * pays by holding their wallet payment code to the scanner and gets a receipt. A staff-assist button calls for help.
 */
export function KioskScreen() {
  const t = useT();
  const receiptContext = useReceiptContext();
  const router = useRouter();
  const client = useClient();
  const till = useTillSelection();
  const [draft, dispatch] = useReducer(draftReducer, EMPTY_DRAFT);
  const { preview, loading, stale } = useSalePreview(draft, till?.storeId ?? "");
  const [{ data: shiftData }] = useQuery({
    query: PosCurrentShiftDocument,
    variables: { registerId: till?.registerId ?? "" },
    pause: !till,
  });
  const [stage, setStage] = useState<"items" | "pay">("items");
  const [searching, setSearching] = useState(false);
  const [assist, setAssist] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [completed, setCompleted] = useState<CompletedSale | null>(null);
  const [clientSaleId, setClientSaleId] = useState(newClientSaleId);

  useEffect(() => {
    if (till === null) router.replace("/setup");
  }, [till, router]);

  useTillScans({
    till,
    enabled: Boolean(till) && stage === "items" && !completed && !searching && !leaving,
    dispatch,
    notify: setNotice,
    kiosk: true,
  });

  const reset = () => {
    dispatch({ type: "clear" });
    setClientSaleId(newClientSaleId());
    setStage("items");
    setCompleted(null);
    setFailure(null);
  };

  useEffect(() => {
    if (!completed) return;
    const timer = setTimeout(reset, IDLE_RESET_MS);
    return () => clearTimeout(timer);
  });

  if (!till) return <LoadingState />;
  const cart = preview?.cart;
  const ready = preview !== null && !stale && !loading && draft.lines.length > 0;

  async function pay(wallet: "WECHAT_PAY" | "ALIPAY", code: string) {
    if (!till || !preview) return;
    setBusy(true);
    setFailure(null);
    const input = saleInput(
      draft,
      { clientSaleId, storeId: till.storeId, registerId: till.registerId, shiftId: shiftData?.currentShift?.id ?? null },
      [{ tender: wallet, amount: preview.amountDue, authCode: code }],
    );
    const result = await submitSale(input, { expectedTotal: preview.amountDue });
    if (result.status !== "recorded") {
      setBusy(false);
      playSound("error");
      if (result.status === "rejected") {
        const key = rejectionKey(result.error.code);
        setFailure(key ? t(key) : result.error.message);
      } else setFailure(t("reject.OFFLINE_TENDER_UNAVAILABLE"));
      // A declined code leaves nothing behind: the next attempt is a new sale.
      setClientSaleId(newClientSaleId());
      return;
    }
    const order = await client.query(PosOrderDocument, { id: result.order.orderId }, { requestPolicy: "network-only" }).toPromise();
    setBusy(false);
    playSound("success");
    setCompleted({
      kind: "recorded",
      number: order.data?.order.number ?? "",
      total: preview.amountDue,
      change: 0,
      cash: false,
      receipt: order.data ? saleReceipt(order.data.order, { till, ...receiptContext }) : null,
    });
  }

  return (
    <div className={`kiosk${assist ? " kiosk-assist" : ""}`}>
      <header className="kiosk-bar">
        <PosBrand>{t("kiosk.title")}</PosBrand>
        <span className="status-tools">
          <LocaleSwitcher />
          <button
            type="button"
            className={`pos-btn ${assist ? "pos-btn-danger" : "pos-btn-outline"} pos-btn-xl`}
            aria-pressed={assist}
            onClick={() => {
              setAssist((a) => !a);
              if (!assist) playSound("success");
            }}
          >
            <Icon name="user" />
            {t(assist ? "kiosk.assistCalled" : "kiosk.assist")}
          </button>
          <button type="button" className="pos-btn pos-btn-ghost" onClick={() => setLeaving(true)}>
            {t("kiosk.staffExit")}
          </button>
        </span>
      </header>
      {assist ? (
        <p className="kiosk-assist-banner" role="status">
          {t("kiosk.assistBanner")}
        </p>
      ) : null}
      {stage === "pay" && preview ? (
        <KioskPay amount={preview.amountDue} busy={busy} failure={failure} onCode={pay} onCancel={() => setStage("items")} />
      ) : (
        <main className="kiosk-main">
          <section className="kiosk-items">
            {draft.lines.length === 0 ? (
              <EmptyState icon={<Icon name="scan" size={48} />} title={t("kiosk.welcome")}>
                {t("kiosk.welcomeBody")}
              </EmptyState>
            ) : (
              <ul className="kiosk-lines" aria-label={t("till.lines")}>
                {draft.lines.map((line, i) => {
                  const priced = cart?.lines[i];
                  return (
                    <li key={line.variantId}>
                      <span className="result-name">
                        <strong>{line.productName}</strong>
                        <small className="muted">{line.variantName}</small>
                        {priced?.discounts.map((d) => (
                          <span key={d.sourceId} className="line-discount">
                            {d.label} −{formatFen(d.amount)}
                          </span>
                        ))}
                      </span>
                      <span className="kiosk-qty">
                        <button
                          type="button"
                          className="stepper-btn"
                          onClick={() => dispatch({ type: "decrement", variantId: line.variantId })}
                          aria-label={t("till.decrease", { name: line.productName })}
                        >
                          <Icon name={line.quantity === 1 ? "trash" : "minus"} />
                        </button>
                        <output className="stepper-value">{line.quantity}</output>
                        <button
                          type="button"
                          className="stepper-btn"
                          onClick={() => dispatch({ type: "increment", variantId: line.variantId })}
                          aria-label={t("till.increase", { name: line.productName })}
                        >
                          <Icon name="plus" />
                        </button>
                      </span>
                      <strong className="num">{formatFen(priced?.lineTotal ?? line.unitPrice * line.quantity)}</strong>
                    </li>
                  );
                })}
              </ul>
            )}
            <p className="scan-notice" role="status" aria-live="polite">
              {notice ? <span className={`notice notice-${notice.tone}`}>{notice.text}</span> : null}
            </p>
          </section>
          <aside className="kiosk-side">
            {draft.member ? (
              <p className="member-card">
                <strong>{draft.member.name ?? draft.member.maskedPhone}</strong>
                {draft.member.tierName ? <span className="badge badge-member">{draft.member.tierName}</span> : null}
              </p>
            ) : (
              <p className="muted">{t("kiosk.memberHint")}</p>
            )}
            <button type="button" className="pos-btn pos-btn-outline pos-btn-xl" onClick={() => setSearching(true)}>
              <Icon name="search" />
              {t("kiosk.lookup")}
            </button>
            {cart && cart.discountTotal > 0 ? (
              <p className="cart-row">
                <span>{t("till.discountTotal")}</span>
                <span className="num discount-total">−{formatFen(cart.discountTotal)}</span>
              </p>
            ) : null}
            <p className="kiosk-total">
              <span>{t("till.total")}</span>
              <strong className="num">{formatFen(draft.lines.length ? (preview?.amountDue ?? 0) : 0)}</strong>
            </p>
            <button
              type="button"
              className="pos-btn pos-btn-pay pos-btn-xl kiosk-pay-btn"
              disabled={!ready}
              onClick={() => setStage("pay")}
            >
              {t("kiosk.pay")}
            </button>
          </aside>
        </main>
      )}
      {searching ? (
        <KioskSearch
          onAdd={(item) => {
            dispatch({ type: "add", line: item });
            playSound("scan");
            setSearching(false);
          }}
          onClose={() => setSearching(false)}
        />
      ) : null}
      {leaving ? (
        <ConfirmDialog
          title={t("kiosk.exitTitle")}
          confirmLabel={t("kiosk.exit")}
          onConfirm={() => router.push("/")}
          onCancel={() => setLeaving(false)}
        >
          <p>{t("kiosk.exitBody")}</p>
        </ConfirmDialog>
      ) : null}
      {completed ? <SaleComplete sale={completed} onNext={reset} /> : null}
    </div>
  );
}
