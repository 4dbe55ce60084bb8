"use client";

import { useT } from "@o2o/client";
import { AdminReceiveGoodsDocument } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { PageHeader } from "../../components/page-header";
import { StoreSelect } from "../../components/store-select";
import { parseWhole, parseYuan } from "../../lib/money-input";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { InventoryNav } from "./inventory-nav";
import { LineEditor, type StockLine } from "./line-editor";
import { TextField } from "../../components/form-field";

/** A supplier delivery into one location, once per receipt id (a retry never books it twice). */
export function ReceiveGoods() {
  const t = useT();
  const me = useMe();
  const [locationId, setLocationId] = useState("");
  const [reference, setReference] = useState("");
  const [note, setNote] = useState("");
  const [lines, setLines] = useState<StockLine[]>([]);
  const [receiptId, setReceiptId] = useState(() => crypto.randomUUID());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [{ fetching }, receive] = useMutation(AdminReceiveGoodsDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = lines.map((l) => ({
      variantId: l.id,
      quantity: parseWhole(l.quantity, 1, 100000),
      unitCost: l.unitCost ? parseYuan(l.unitCost) : null,
    }));
    if (!locationId || !reference.trim() || parsed.length === 0) return setMessage({ ok: false, text: t("inv.receiveMissing") });
    if (parsed.some((p) => p.quantity === null)) return setMessage({ ok: false, text: t("common.invalidNumber") });
    const res = await receive({
      input: {
        receiptId,
        locationId,
        reference: reference.trim(),
        note: note.trim() || null,
        lines: parsed.map((p) => ({ variantId: p.variantId, quantity: p.quantity ?? 0, unitCost: p.unitCost })),
      },
    });
    const r = res.data?.receiveGoods;
    if (r) {
      setMessage({ ok: true, text: t("inv.received", { n: r.totalQuantity, location: r.location.name, reference: r.reference }) });
      setLines([]);
      setReference("");
      setNote("");
      setReceiptId(crypto.randomUUID());
    } else setMessage({ ok: false, text: t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }) });
  }

  return (
    <div className="page">
      <PageHeader title={t("nav.inventory")} subtitle={t("inv.receiveSubtitle")} />
      <InventoryNav />
      <form className="card form-card" onSubmit={onSubmit} noValidate aria-label={t("inv.receive")}>
        {message ? (
          <p className={message.ok ? "alert alert-info" : "alert alert-error"} role={message.ok ? "status" : "alert"}>
            {message.text}
          </p>
        ) : null}
        <div className="form-grid">
          <StoreSelect
            label={t("inv.receiveInto")}
            value={locationId}
            onChange={setLocationId}
            only={(id) => canInStore(me, "stock:write", id)}
            required
          />
          <TextField label={t("inv.reference")} value={reference} onChange={setReference} maxLength={64} />
          <TextField wide label={t("common.note")} value={note} onChange={setNote} maxLength={200} />
        </div>
        <LineEditor lines={lines} onChange={setLines} withCost />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={fetching || lines.length === 0}>
            {t("inv.receiveConfirm")}
          </button>
        </div>
      </form>
    </div>
  );
}
