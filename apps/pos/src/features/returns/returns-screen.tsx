"use client";

import { LoadingState, useT } from "@o2o/client";
import { PosOrderByNumberDocument, type PosOrderFragment } from "@o2o/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useClient } from "urql";
import { classifyScan } from "../scanner/scan-router";
import { useWedgeScanner } from "../scanner/use-wedge-scanner";
import { playSound } from "../sound/tones";
import { StatusBar } from "../till/status-bar";
import { useTillSelection } from "../till/till-selection";
import { ReturnOrder } from "./return-order";
import { useReceiptContext } from "../receipt/use-receipt-context";

/** Returns at the till: find the sale by its number (typed, or the receipt's QR scanned), choose lines, refund. */
export function ReturnsScreen() {
  const t = useT();
  const receiptContext = useReceiptContext();
  const router = useRouter();
  const client = useClient();
  const till = useTillSelection();
  const id = useId();
  const [number, setNumber] = useState("");
  const [order, setOrder] = useState<PosOrderFragment | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (till === null) router.replace("/setup");
  }, [till, router]);

  const find = useCallback(
    async (raw: string) => {
      const value = raw.trim().toUpperCase();
      if (!value) return;
      setBusy(true);
      setMessage(null);
      const result = await client.query(PosOrderByNumberDocument, { number: value }, { requestPolicy: "network-only" }).toPromise();
      setBusy(false);
      const found = result.data?.orderByNumber ?? null;
      if (result.error) {
        playSound("error");
        const code = result.error.graphQLErrors[0]?.extensions?.code;
        setMessage(code === "FORBIDDEN" ? t("returns.otherStore") : (result.error.graphQLErrors[0]?.message ?? t("error.network")));
        return;
      }
      if (!found) {
        playSound("error");
        setMessage(t("returns.notFound", { number: value }));
        return;
      }
      if (found.training) {
        playSound("error");
        setMessage(t("returns.training"));
        return;
      }
      playSound("scan");
      setNumber(value);
      setOrder(found);
    },
    [client, t],
  );

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get("order");
    if (fromUrl) void find(fromUrl);
  }, [find]);

  useWedgeScanner(
    (code) => {
      const kind = classifyScan(code);
      if (kind.kind === "receipt") void find(kind.orderNumber);
      else {
        playSound("error");
        setMessage(t("returns.scanReceipt"));
      }
    },
    { enabled: order === null },
  );

  if (!till) return <LoadingState />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void find(number);
  };

  return (
    <div className="till">
      <StatusBar till={till} />
      <main className="returns-main">
        <div className="returns-head">
          <h1>{t("returns.title")}</h1>
          <Link href="/" className="pos-btn pos-btn-outline">
            {t("returns.back")}
          </Link>
        </div>
        {order ? (
          <ReturnOrder
            order={order}
            ctx={{ till, ...receiptContext }}
            onDone={() => {
              setOrder(null);
              setNumber("");
            }}
          />
        ) : (
          <form className="pos-card returns-find" onSubmit={submit} noValidate>
            <p className="muted">{t("returns.findBody")}</p>
            <div className="field">
              <label htmlFor={id}>{t("returns.orderNumber")}</label>
              <input
                id={id}
                value={number}
                onChange={(e) => setNumber(e.target.value)}
                placeholder="SO2026…"
                autoComplete="off"
                maxLength={40}
                aria-invalid={Boolean(message)}
                aria-describedby={message ? `${id}-msg` : undefined}
                data-autofocus
              />
            </div>
            {message ? (
              <p className="field-error" id={`${id}-msg`} role="alert">
                {message}
              </p>
            ) : null}
            <button type="submit" className="pos-btn pos-btn-primary pos-btn-xl" disabled={busy} aria-busy={busy}>
              {t(busy ? "returns.finding" : "returns.find")}
            </button>
          </form>
        )}
      </main>
    </div>
  );
}
