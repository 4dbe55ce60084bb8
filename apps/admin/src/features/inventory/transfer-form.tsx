"use client";

import { useT } from "@o2o/client";
import { AdminRequestTransferDocument } from "@o2o/schema";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { PageHeader } from "../../components/page-header";
import { StoreSelect } from "../../components/store-select";
import { parseWhole } from "../../lib/money-input";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { InventoryNav } from "./inventory-nav";
import { LineEditor, type StockLine } from "./line-editor";
import { FormAlert, TextField } from "../../components/form-field";

/** Asks for stock to move between two locations; the viewer needs transfer:write in one of them. */
export function TransferForm() {
  const t = useT();
  const me = useMe();
  const router = useRouter();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const [lines, setLines] = useState<StockLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(AdminRequestTransferDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!from || !to || from === to) return setError(t("transfer.pickBoth"));
    if (!canInStore(me, "transfer:write", from) && !canInStore(me, "transfer:write", to)) return setError(t("transfer.noRight"));
    const parsed = lines.map((l) => ({ variantId: l.id, quantity: parseWhole(l.quantity, 1, 100000) }));
    if (parsed.length === 0 || parsed.some((p) => p.quantity === null)) return setError(t("common.invalidNumber"));
    const res = await request({
      input: {
        fromLocationId: from,
        toLocationId: to,
        note: note.trim() || null,
        lines: parsed.map((p) => ({ variantId: p.variantId, quantity: p.quantity ?? 0 })),
      },
    });
    if (res.data) router.push(`/inventory/transfers/${res.data.requestTransfer.id}`);
    else setError(t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
  }

  return (
    <div className="page">
      <PageHeader title={t("transfer.new")} subtitle={t("inv.transfersSubtitle")} />
      <InventoryNav />
      <form className="card form-card" onSubmit={onSubmit} noValidate aria-label={t("transfer.new")}>
        <FormAlert message={error} />
        <div className="form-grid">
          <StoreSelect label={t("transfer.from")} value={from} onChange={setFrom} />
          <StoreSelect label={t("transfer.to")} value={to} onChange={setTo} />
          <TextField wide label={t("common.note")} value={note} onChange={setNote} maxLength={200} />
        </div>
        <LineEditor lines={lines} onChange={setLines} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={fetching || lines.length === 0}>
            {t("transfer.request")}
          </button>
        </div>
      </form>
    </div>
  );
}
