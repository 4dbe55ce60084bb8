"use client";

import { ErrorState, formatFen, LoadingState, useT } from "@o2o/client";
import {
  AdminCancelStocktakeDocument,
  AdminCompleteStocktakeDocument,
  AdminRecordCountsDocument,
  AdminStocktakeDocument,
  AdminStocktakeVarianceDocument,
} from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { parseWhole } from "../../lib/money-input";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { stocktakeStatusLabel } from "./stocktake-list";
import { variantLabel } from "../../lib/variant-label";
import { DataTable } from "../../components/data-table";
import { BackLink } from "../../components/back-link";
import { Notice } from "../../components/form-field";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** A count sheet: type what is on the shelf, save, see the variance at cost, then complete to adjust stock. */
export function StocktakeSheet({ id }: { id: string }) {
  const t = useT();
  const me = useMe();
  const [{ data, error, fetching }, reexecute] = useRefreshableQuery({
    query: AdminStocktakeDocument,
    variables: { id },
    requestPolicy: "network-only",
  });
  const [{ data: variance }, refreshVariance] = useRefreshableQuery({
    query: AdminStocktakeVarianceDocument,
    variables: { stocktakeId: id },
    requestPolicy: "network-only",
  });
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching: saving }, record] = useMutation(AdminRecordCountsDocument);
  const [, complete] = useMutation(AdminCompleteStocktakeDocument);
  const [, cancel] = useMutation(AdminCancelStocktakeDocument);
  const refresh = () => {
    reexecute();
    refreshVariance();
  };

  if (error && !data) return <ErrorState error={error} onRetry={refresh} />;
  if (!data) return fetching ? <LoadingState /> : null;
  const sheet = data.stocktake;
  const open = sheet.status === "OPEN" && canInStore(me, "stocktake:write", sheet.location.id);
  const lines = sheet.lines.edges.map((e) => e.node);
  const v = variance?.stocktakeVariance;

  async function onSave() {
    const entries = Object.entries(counts).map(([variantId, text]) => ({ variantId, counted: parseWhole(text, 0, 1_000_000) }));
    if (entries.some((e) => e.counted === null)) return setMessage(t("common.invalidNumber"));
    const res = await record({
      input: { stocktakeId: id, counts: entries.map((e) => ({ variantId: e.variantId, counted: e.counted ?? 0 })) },
    });
    const r = res.data?.recordCounts;
    if (r?.__typename === "Stocktake") {
      setCounts({});
      setMessage(t("stocktake.saved"));
      refresh();
    } else setMessage(r && "message" in r ? r.message : t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
  }

  const outcome = async (r: { __typename: string; message?: string } | undefined, ok: string) => {
    setMessage(r?.__typename === "Stocktake" ? ok : (r?.message ?? t("common.failed", { message: "" })));
    refresh();
  };

  return (
    <div className="page">
      <PageHeader
        title={t("stocktake.title", { number: sheet.number })}
        subtitle={`${sheet.location.name} · ${stocktakeStatusLabel(t, sheet.status)} · ${sheet.countedCount} / ${sheet.lineCount}`}
        actions={
          <>
            <BackLink href="/inventory/stocktakes" />
            {open ? (
              <>
                <ConfirmButton
                  label={t("stocktake.cancel")}
                  message={t("stocktake.cancelConfirm")}
                  danger
                  onConfirm={async () => outcome((await cancel({ stocktakeId: id })).data?.cancelStocktake, t("stocktake.cancelled"))}
                />
                <ConfirmButton
                  label={t("stocktake.complete")}
                  className="btn btn-primary"
                  message={t("stocktake.completeConfirm")}
                  onConfirm={async () => outcome((await complete({ stocktakeId: id })).data?.completeStocktake, t("stocktake.completed"))}
                />
              </>
            ) : null}
          </>
        }
      />
      <Notice message={message} />
      {v ? (
        <section className="card">
          <dl className="facts facts-row" aria-label={t("stocktake.variance")}>
            <div>
              <dt>{t("stocktake.counted")}</dt>
              <dd>{v.linesCounted}</dd>
            </div>
            <div>
              <dt>{t("stocktake.uncounted")}</dt>
              <dd>{v.linesUncounted}</dd>
            </div>
            <div>
              <dt>{t("stocktake.shortage")}</dt>
              <dd className="neg">
                {v.shortageQuantity}
                {v.shortageValue != null ? ` · ${formatFen(v.shortageValue)}` : ""}
              </dd>
            </div>
            <div>
              <dt>{t("stocktake.surplus")}</dt>
              <dd className="pos">
                {v.surplusQuantity}
                {v.surplusValue != null ? ` · ${formatFen(v.surplusValue)}` : ""}
              </dd>
            </div>
            <div>
              <dt>{t("stocktake.net")}</dt>
              <dd>
                {v.netQuantity}
                {v.netValue != null ? ` · ${formatFen(v.netValue)}` : ""}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}
      <section className="card card-flush">
        <DataTable
          columns={[
            t("common.product"),
            { label: t("stocktake.expected"), end: true },
            { label: t("stocktake.countedQty"), end: true },
            { label: t("stocktake.varianceQty"), end: true },
          ]}
        >
          {lines.map((l) => (
            <tr key={l.id} className={l.variance ? "row-warn" : undefined}>
              <td>
                {variantLabel(l.variant.product.name, l.variant.name)} <span className="muted small mono">{l.variant.sku}</span>
              </td>
              <td className="align-end num">{l.expected}</td>
              <td className="align-end">
                {open ? (
                  <input
                    className="input-sm num"
                    inputMode="numeric"
                    aria-label={t("stocktake.countOf", { name: `${l.variant.product.name} ${l.variant.name}` })}
                    value={counts[l.variant.id] ?? (l.counted === null ? "" : String(l.counted))}
                    onChange={(e) => setCounts((c) => ({ ...c, [l.variant.id]: e.target.value }))}
                  />
                ) : (
                  (l.counted ?? "—")
                )}
              </td>
              <td className={`align-end num ${l.variance && l.variance < 0 ? "neg" : l.variance ? "pos" : ""}`}>
                {l.variance == null ? "" : l.variance > 0 ? `+${l.variance}` : l.variance}
              </td>
            </tr>
          ))}
        </DataTable>
        {open ? (
          <footer className="table-footer">
            <span className="muted">{t("stocktake.saveHint")}</span>
            <button type="button" className="btn btn-primary" disabled={saving || Object.keys(counts).length === 0} onClick={onSave}>
              {t("stocktake.save")}
            </button>
          </footer>
        ) : null}
      </section>
    </div>
  );
}
