"use client";

import { useT } from "@o2o/client";
import { PosOrderDocument, PosRecordTillVoidDocument } from "@o2o/schema";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { useClient } from "urql";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { CartPanel } from "../cart/cart-panel";
import { ProductPanel } from "../catalog/product-panel";
import type { SellingAction } from "../keyboard/shortcuts";
import { useCustomerDisplayFeed } from "../hardware/customer-display-feed";
import { useFunctionKeys } from "../keyboard/use-function-keys";
import { MemberDialog } from "../member/member-dialog";
import { newClientSaleId, submitSale } from "../offline/sale-submitter";
import { PaymentDialog, type PaymentFailure } from "../payment/payment-dialog";
import { type CompletedSale, SaleComplete } from "../payment/sale-complete";
import { summariseTenders, type TenderEntry } from "../payment/tender-math";
import { previewReceipt, saleReceipt } from "../receipt/print-receipt";
import { useReceiptContext } from "../receipt/use-receipt-context";
import { useShift } from "../shift/shift-context";
import { ShiftDialog } from "../shift/shift-dialog";
import { playSound } from "../sound/tones";
import type { TillSelection } from "../till/till-selection";
import { ActionBar } from "./action-bar";
import { CouponDialog } from "./coupon-dialog";
import { DiscountDialog } from "./discount-dialog";
import { QuantityDialog } from "./quantity-dialog";
import { rejectionKey } from "./rejection-message";
import { ResumeDialog } from "./resume-dialog";
import { draftReducer, EMPTY_DRAFT, saleInput, selectedLine } from "./sale-draft";
import { TillStatus } from "./till-status";
import { useSuspendedSales } from "./suspended-sales";
import { useTrainingMode } from "./training-mode";
import { type Notice, useTillScans } from "./use-till-scans";
import { useSalePreview } from "./use-sale-preview";

type Dialog = "member" | "coupon" | "quantity" | "discount" | "resume" | "voidLine" | "voidCart" | "shift" | "pay";
const NOTICE_MS = 4_000;

/** The selling screen proper: scanning, the cart priced by the server, the function keys, payment and receipt. */
export function SellingDesk({ till }: { till: TillSelection }) {
  const t = useT();
  const receiptContext = useReceiptContext();
  const router = useRouter();
  const client = useClient();
  const { shift } = useShift();
  const training = useTrainingMode();
  const [draft, dispatch] = useReducer(draftReducer, EMPTY_DRAFT);
  const { preview, error: pricingError, loading, stale } = useSalePreview(draft, till.storeId);
  const suspended = useSuspendedSales(till.registerId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [query, setQuery] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [clientSaleId, setClientSaleId] = useState(newClientSaleId);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<PaymentFailure | null>(null);
  const [completed, setCompleted] = useState<CompletedSale | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const line = selectedLine(draft);
  useCustomerDisplayFeed(till.storeName, draft, preview, completed);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const warn = useCallback((text: string) => {
    playSound("error");
    setNotice({ tone: "warn", text });
  }, []);

  // Coupon codes no coupon carries come straight off the sale again, loudly.
  useEffect(() => {
    for (const code of preview?.cart.unknownCouponCodes ?? []) {
      if (!draft.couponCodes.includes(code)) continue;
      dispatch({ type: "removeCoupon", code });
      warn(t("coupon.unknownCode", { code }));
    }
  }, [preview, draft.couponCodes, warn, t]);

  useTillScans({
    till,
    enabled: completed === null && dialog !== "pay" && dialog !== "shift",
    dispatch,
    notify: setNotice,
    // When the search field had focus, the scanner also typed the code into it: take it out again.
    onItemScanned: (code) => setQuery((q) => (q.endsWith(code) ? q.slice(0, -code.length) : q)),
  });

  const pricingMessage = pricingError ? (pricingError.graphQLErrors[0]?.message ?? t("error.network")) : null;
  const blocker =
    preview?.manualProblems[0]?.message ??
    preview?.cart.couponResults.find((c) => !c.ok)?.message ??
    (preview?.pointsError ? t("reject.POINTS") : null);
  const canPay = draft.lines.length > 0 && preview !== null && !stale && !loading && !pricingError;
  // F12 pressed while the last change is still being priced: payment opens as soon as the price is in.
  const [payWhenPriced, setPayWhenPriced] = useState(false);

  const act = (action: SellingAction) => {
    switch (action) {
      case "search":
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      case "pay":
        if (draft.lines.length === 0) return warn(t("till.emptyTitle"));
        if (!canPay && !pricingError) {
          setPayWhenPriced(true);
          setNotice({ tone: "ok", text: t("till.pricing") });
          return;
        }
        if (!canPay) return warn(pricingMessage ?? t("till.pricing"));
        if (blocker) return warn(blocker);
        setFailure(null);
        setDialog("pay");
        return;
      case "suspend":
        if (draft.lines.length === 0) return;
        suspended.suspend(draft);
        dispatch({ type: "clear" });
        setClientSaleId(newClientSaleId());
        setNotice({ tone: "ok", text: t("resume.suspended") });
        return;
      case "returns":
        router.push("/returns");
        return;
      case "voidLine":
      case "voidCart":
      case "quantity":
      case "discount":
        if (!line) return warn(t("till.noLine"));
        setDialog(action);
        return;
      default:
        setDialog(action);
    }
  };

  useFunctionKeys(
    "selling",
    Object.fromEntries(
      (
        [
          "search",
          "member",
          "coupon",
          "quantity",
          "discount",
          "suspend",
          "resume",
          "voidLine",
          "voidCart",
          "shift",
          "returns",
          "pay",
        ] as const
      ).map((a) => [a, () => act(a)]),
    ),
    dialog === null && completed === null,
  );

  const ctx = { till, ...receiptContext };

  // biome-ignore lint/correctness/useExhaustiveDependencies: act is re-created every render; the trigger is the price
  useEffect(() => {
    if (!payWhenPriced) return;
    if (canPay || pricingError || draft.lines.length === 0) {
      setPayWhenPriced(false);
      if (canPay && dialog === null) act("pay");
    }
  }, [payWhenPriced, canPay, pricingError, draft.lines.length, dialog]);

  // Voids count on the shift's X/Z report; a training till's voids are practice and stay off it.
  const recordVoid = (scope: "LINE" | "SALE", lines: { quantity: number; unitPrice: number }[]) => {
    if (training || lines.length === 0) return;
    const items = lines.reduce((n, l) => n + l.quantity, 0);
    const amount = lines.reduce((n, l) => n + l.quantity * l.unitPrice, 0);
    void client.mutation(PosRecordTillVoidDocument, { input: { shiftId: shift.id, scope, items, amount } }).toPromise();
  };

  async function pay(tenders: TenderEntry[]) {
    if (!preview) return;
    const summary = summariseTenders(preview.amountDue, tenders, (preview.cashRounding as "NONE") ?? "NONE");
    const cash = tenders.some((x) => x.tender === "CASH");
    if (training) {
      playSound("success");
      setCompleted({
        kind: "training",
        number: `TRAINING-${clientSaleId.slice(0, 8).toUpperCase()}`,
        total: preview.amountDue,
        change: summary.change,
        cash,
        receipt: previewReceipt(draft, preview, tenders, summary.change, clientSaleId, ctx, "training"),
      });
      setDialog(null);
      return;
    }
    setSubmitting(true);
    setFailure(null);
    const input = saleInput(
      draft,
      { clientSaleId, storeId: till.storeId, registerId: till.registerId, shiftId: shift.id },
      tenders.map((x) => ({ tender: x.tender, amount: x.amount, reference: x.reference ?? null, authCode: x.authCode ?? null })),
    );
    const result = await submitSale(input, { expectedTotal: preview.amountDue }).catch((e: unknown) => ({
      status: "rejected" as const,
      error: { code: "FAILED", message: e instanceof Error ? e.message : String(e) },
    }));
    if (result.status === "rejected") {
      setSubmitting(false);
      playSound("error");
      const key = rejectionKey(result.error.code);
      setFailure({ title: t("pay.failed"), message: key ? `${t(key)} (${result.error.message})` : result.error.message });
      return;
    }
    let receipt =
      result.status === "queued" ? previewReceipt(draft, preview, tenders, summary.change, result.clientSaleId, ctx, "offline") : null;
    let number = result.status === "queued" ? result.clientSaleId.slice(0, 8).toUpperCase() : "";
    let change = summary.change;
    if (result.status === "recorded") {
      change = result.order.change;
      const order = await client.query(PosOrderDocument, { id: result.order.orderId }, { requestPolicy: "network-only" }).toPromise();
      if (order.data) {
        number = order.data.order.number;
        receipt = saleReceipt(order.data.order, ctx);
      }
    }
    playSound("success");
    setSubmitting(false);
    setCompleted({ kind: result.status, number, total: preview.amountDue, change, cash, receipt });
    setDialog(null);
  }

  const nextSale = () => {
    dispatch({ type: "clear" });
    setClientSaleId(newClientSaleId());
    setCompleted(null);
    setFailure(null);
    setQuery("");
    searchRef.current?.focus();
  };

  return (
    <div className={`till${training ? " till-training" : ""}`}>
      <TillStatus till={till} shift={shift} training={training} onShift={() => setDialog("shift")} />
      <div className="till-body">
        <CartPanel
          draft={draft}
          dispatch={dispatch}
          preview={preview}
          pricing={loading}
          pricingError={pricingMessage}
          onPay={() => act("pay")}
          onVoidCart={() => act("voidCart")}
          canPay={canPay}
          member={draft.member}
          onMember={() => act("member")}
          onCoupons={() => act("coupon")}
        />
        <div className="till-right">
          <ProductPanel
            query={query}
            onQueryChange={setQuery}
            onAdd={(item) => dispatch({ type: "add", line: item })}
            notice={notice}
            inputRef={searchRef}
          />
          <ActionBar onAction={act} hasLines={draft.lines.length > 0} suspendedCount={suspended.list.length} />
        </div>
      </div>

      {dialog === "member" ? (
        <MemberDialog
          current={draft.member}
          onAttach={(member) => {
            dispatch({ type: "setMember", member });
            playSound("scan");
            setNotice({ tone: "ok", text: t("member.attached", { name: member.name ?? member.maskedPhone, tier: member.tierName ?? "" }) });
            setDialog(null);
          }}
          onDetach={() => dispatch({ type: "setMember", member: null })}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === "coupon" ? (
        <CouponDialog
          codes={draft.couponCodes}
          preview={preview}
          onAdd={(code) => dispatch({ type: "addCoupon", code })}
          onRemove={(code) => dispatch({ type: "removeCoupon", code })}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === "quantity" && line ? (
        <QuantityDialog
          line={line}
          onSet={(quantity) => {
            dispatch({ type: "setQuantity", variantId: line.variantId, quantity });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === "discount" && line ? (
        <DiscountDialog
          line={line}
          onApply={(manual, approval) => {
            dispatch({ type: "setManual", variantId: line.variantId, manual });
            dispatch({ type: "approve", approval });
            setDialog(null);
          }}
          onClear={() => {
            dispatch({ type: "setManual", variantId: line.variantId, manual: null });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === "resume" ? (
        <ResumeDialog
          list={suspended.list}
          onResume={(id) => {
            if (draft.lines.length > 0) suspended.suspend(draft);
            const sale = suspended.resume(id);
            if (sale) dispatch({ type: "restore", draft: sale.draft });
            setClientSaleId(newClientSaleId());
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === "voidLine" && line ? (
        <ConfirmDialog
          title={t("void.lineTitle")}
          confirmLabel={t("void.lineConfirm")}
          onConfirm={() => {
            recordVoid("LINE", [line]);
            dispatch({ type: "remove", variantId: line.variantId });
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        >
          <p>{t("void.lineBody", { name: `${line.productName} ${line.variantName}`.trim(), qty: line.quantity })}</p>
        </ConfirmDialog>
      ) : null}
      {dialog === "voidCart" ? (
        <ConfirmDialog
          title={t("void.cartTitle")}
          confirmLabel={t("void.cartConfirm")}
          onConfirm={() => {
            recordVoid("SALE", draft.lines);
            dispatch({ type: "clear" });
            setClientSaleId(newClientSaleId());
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        >
          <p>{t("void.cartBody", { n: draft.lines.reduce((n, l) => n + l.quantity, 0) })}</p>
        </ConfirmDialog>
      ) : null}
      {dialog === "shift" ? <ShiftDialog onClose={() => setDialog(null)} /> : null}
      {dialog === "pay" && preview ? (
        <PaymentDialog
          preview={preview}
          member={draft.member}
          training={training}
          submitting={submitting}
          failure={failure}
          onSetPoints={(points) => dispatch({ type: "setPoints", points })}
          onSubmit={pay}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {completed ? <SaleComplete sale={completed} onNext={nextSale} /> : null}
    </div>
  );
}
