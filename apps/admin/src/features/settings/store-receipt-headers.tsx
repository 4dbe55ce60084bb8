"use client";

import { useT, errorDetail } from "@o2o/client";
import { type PaperWidth, RECEIPT_LIMITS, receiptLineProblems } from "@o2o/domain";
import { AdminSetStoreReceiptHeaderDocument, AdminStoreReceiptHeadersDocument, type AdminStoreReceiptHeadersQuery } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ActionsHeading, DataTable } from "../../components/data-table";
import { EditDialog } from "../../components/edit-dialog";
import { Notice } from "../../components/form-field";
import { ListStates } from "../../components/list-states";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { LinesField } from "./lines-field";
import { linesOf, receiptProblemMessage } from "./receipt-lines";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

type StoreRow = AdminStoreReceiptHeadersQuery["stores"][number];

/** Stores with their own receipt header lines, each editable in a dialog (store:write in that store). */
export function StoreReceiptHeaders({ paperWidth }: { paperWidth: PaperWidth }) {
  const t = useT();
  const me = useMe();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminStoreReceiptHeadersDocument });
  const [notice, setNotice] = useState<string | null>(null);
  const stores = data?.stores ?? [];
  return (
    <section className="card card-flush" aria-labelledby="store-headers-title">
      <div className="card-head">
        <h3 className="card-title" id="store-headers-title">
          {t("receipt.storeHeaders")}
        </h3>
        <p className="muted">{t("receipt.storeHeadersBody")}</p>
        <Notice message={notice} />
      </div>
      <ListStates error={error} loaded={Boolean(data)} fetching={fetching} empty={false} emptyTitle="" onRetry={refresh} />
      {stores.length > 0 ? (
        <DataTable columns={[t("col.code"), t("col.name"), t("receipt.storeHeader"), <ActionsHeading key="actions" />]}>
          {stores.map((s) => (
            <tr key={s.id}>
              <td className="mono">{s.code}</td>
              <td>{s.name}</td>
              <td>
                {s.receiptHeaderLines ? (
                  <span className="pre-lines">{s.receiptHeaderLines.join("\n")}</span>
                ) : (
                  <span className="muted">{t("receipt.usesMerchant")}</span>
                )}
              </td>
              <td className="align-end">
                {canInStore(me, "store:write", s.id) ? (
                  <StoreHeaderEditor
                    store={s}
                    paperWidth={paperWidth}
                    onSaved={() => setNotice(t("receipt.storeHeaderSaved", { name: s.name }))}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

function StoreHeaderEditor({ store, paperWidth, onSaved }: { store: StoreRow; paperWidth: PaperWidth; onSaved: () => void }) {
  const t = useT();
  const [text, setText] = useState((store.receiptHeaderLines ?? []).join("\n"));
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(AdminSetStoreReceiptHeaderDocument);

  async function onSave() {
    const lines = linesOf(text);
    const problem = receiptLineProblems("headerLines", lines, paperWidth, RECEIPT_LIMITS.headerLines)[0];
    if (problem) {
      setError(receiptProblemMessage(t, problem, lines, paperWidth));
      return false;
    }
    const res = await save({ input: { storeId: store.id, headerLines: lines.length ? lines : null } });
    if (!res.data) {
      setError(t("common.failed", { message: errorDetail(res.error) }));
      return false;
    }
    setError(null);
    onSaved();
    return true;
  }

  return (
    <EditDialog title={t("receipt.editStoreHeader", { name: store.name })} error={error} busy={fetching} onSave={onSave}>
      <LinesField
        label={t("receipt.headerLines", { max: RECEIPT_LIMITS.headerLines })}
        value={text}
        onChange={setText}
        hint={t("receipt.storeHeaderHint")}
      />
    </EditDialog>
  );
}
