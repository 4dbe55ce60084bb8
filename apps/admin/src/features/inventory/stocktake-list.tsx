"use client";

import { type Translate, useLocale, useT } from "@o2o/client";
import { AdminCatalogRefsDocument, AdminStartStocktakeDocument, AdminStocktakesDocument } from "@o2o/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { StoreSelect } from "../../components/store-select";
import { isMessageKey } from "../../i18n/messages";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { InventoryNav } from "./inventory-nav";
import { CategoryOptions } from "../../components/category-options";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { useCursorPages } from "../../components/use-cursor-pages";
import { TableHead } from "../../components/data-table";
import { FieldAlert } from "../../components/form-field";

export function stocktakeStatusLabel(t: Translate, status: string): string {
  const key = `stocktake.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

function StartStocktake() {
  const t = useT();
  const me = useMe();
  const router = useRouter();
  const [{ data: refs }] = useQuery({ query: AdminCatalogRefsDocument });
  const [locationId, setLocationId] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, start] = useMutation(AdminStartStocktakeDocument);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!locationId) return setError(t("stocktake.pickLocation"));
    const res = await start({ input: { locationId, categoryId: categoryId || null } });
    const r = res.data?.startStocktake;
    if (r?.__typename === "Stocktake") router.push(`/inventory/stocktakes/${r.id}`);
    else setError(r && "message" in r ? r.message : t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
  }
  return (
    <form className="card inline-form" onSubmit={onSubmit} aria-label={t("stocktake.start")}>
      <StoreSelect
        label={t("inv.location")}
        value={locationId}
        onChange={setLocationId}
        only={(id) => canInStore(me, "stocktake:write", id)}
      />
      <label className="field field-inline">
        <span>{t("col.category")}</span>
        <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
          <option value="">{t("stocktake.allItems")}</option>
          <CategoryOptions categories={refs?.categories ?? []} icons={false} />
        </select>
      </label>
      <button type="submit" className="btn btn-primary" disabled={fetching}>
        {t("stocktake.start")}
      </button>
      <FieldAlert message={error} />
    </form>
  );
}

/** Stocktakes of the viewer's locations, and starting a new count sheet. */
export function StocktakeList() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const pages = useCursorPages({
    query: AdminStocktakesDocument,
    variables: { filter: null },
    connection: (d) => d.stocktakes,
  });
  const sheets = pages.items;
  return (
    <div className="page">
      <PageHeader title={t("nav.inventory")} subtitle={t("stocktake.subtitle")} />
      <InventoryNav />
      {me.permissions.some((g) => g.permission === "stocktake:write") ? <StartStocktake /> : null}
      <section className="card card-flush">
        <PagedListStates pages={pages} emptyTitle={t("stocktake.empty")} />
        {sheets.length > 0 ? (
          <table className="table">
            <TableHead
              columns={[
                t("stocktake.number"),
                t("inv.location"),
                t("common.status"),
                { label: t("stocktake.progress"), end: true },
                t("common.time"),
              ]}
            />
            <tbody>
              {sheets.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/inventory/stocktakes/${s.id}`} className="mono">
                      {s.number}
                    </Link>
                  </td>
                  <td>{s.location.name}</td>
                  <td>{stocktakeStatusLabel(t, s.status)}</td>
                  <td className="align-end num">
                    {s.countedCount} / {s.lineCount}
                  </td>
                  <td className="small">{formatDateTime(locale, s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
