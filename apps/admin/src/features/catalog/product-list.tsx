"use client";

import { EmptyState, ErrorState, formatFenRange, hasPermission, LoadingState, MediaImage, type Translate, useT } from "@o2o/client";
import { AdminArchiveProductDocument, AdminExportCatalogDocument, type ProductSortField, type SortDirection } from "@o2o/schema";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useClient, useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { isMessageKey } from "../../i18n/messages";
import { useMe } from "../auth/me-context";
import { Icon } from "../shell/icons";
import { downloadBase64 } from "./catalog-export";
import { type CatalogFilters, CatalogToolbar } from "./catalog-toolbar";
import { type ProductNode, priceRange, useProductPages } from "./use-product-pages";
import { Notice } from "../../components/form-field";

const SEARCH_DEBOUNCE_MS = 300;

export function statusLabel(t: Translate, status: string): string {
  const key = `status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

function ProductRow({
  product,
  selected,
  onSelect,
  selectable,
}: {
  product: ProductNode;
  selected: boolean;
  onSelect: (on: boolean) => void;
  selectable: boolean;
}) {
  const t = useT();
  const range = priceRange(product);
  return (
    <tr>
      {selectable ? (
        <td className="check-cell">
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={t("catalog.select", { name: product.name })}
          />
        </td>
      ) : null}
      <td>
        <Link href={`/catalog/${product.id}`} className="product-cell">
          <span className="product-thumb" aria-hidden="true">
            <MediaImage url={product.images[0]?.url} alt="" fallback={product.category?.icon ?? Array.from(product.name)[0]} />
          </span>
          <span>
            <strong>{product.name}</strong>
            <span className="muted small mono">{product.variants[0]?.sku ?? ""}</span>
          </span>
        </Link>
      </td>
      <td>{product.category ? product.category.name : <span className="muted">{t("catalog.uncategorised")}</span>}</td>
      <td>{product.brand?.name ?? <span className="muted">—</span>}</td>
      <td>
        <span className={`badge badge-status-${product.status.toLowerCase()}`}>{statusLabel(t, product.status)}</span>
      </td>
      <td className="align-end num">{product.variants.length}</td>
      <td className="align-end num">{range ? formatFenRange(range.min, range.max) : "—"}</td>
    </tr>
  );
}

export function ProductList() {
  const t = useT();
  const me = useMe();
  const client = useClient();
  const canWrite = hasPermission(me, "catalog:write");
  const [filters, setFilters] = useState<CatalogFilters>({ input: "", status: "", categoryId: "", sort: "UPDATED_AT:DESC" });
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [, archive] = useMutation(AdminArchiveProductDocument);
  const [field, direction] = filters.sort.split(":") as [ProductSortField, SortDirection];
  const pages = useProductPages(
    { search: search || null, status: filters.status || null, categoryId: filters.categoryId || null },
    { field, direction },
  );

  useEffect(() => {
    const timer = setTimeout(() => setSearch(filters.input.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [filters.input]);

  const firstLoad = !pages.loaded && pages.status === "loading" && pages.items.length === 0;
  const failedFirst = pages.status === "error" && pages.items.length === 0;

  async function archiveSelected() {
    let done = 0;
    for (const id of selected) if ((await archive({ id })).data) done++;
    setSelected(new Set());
    setNotice(t("catalog.archived", { n: done }));
    pages.refresh();
  }

  async function exportCsv() {
    const res = await client
      .query(AdminExportCatalogDocument, { format: "CSV", filter: filters.status ? { status: filters.status } : null })
      .toPromise();
    const file = res.data?.exportCatalog;
    if (file) downloadBase64(file.base64, file.filename, file.mimeType);
    else setNotice(t("common.failed", { message: res.error?.message ?? "" }));
  }

  return (
    <div className="page">
      <PageHeader
        title={t("catalog.title")}
        subtitle={t("catalog.subtitle")}
        actions={
          <>
            {pages.totalCount !== null && !firstLoad ? (
              <span className="badge badge-neutral">{t("catalog.total", { n: pages.totalCount })}</span>
            ) : null}
            <Link className="btn btn-ghost" href="/catalog/categories">
              {t("categories.title")}
            </Link>
            <button type="button" className="btn btn-secondary" onClick={exportCsv}>
              {t("catalog.export")}
            </button>
            {canWrite ? (
              <>
                <Link className="btn btn-secondary" href="/catalog/import">
                  {t("catalog.import")}
                </Link>
                <Link className="btn btn-primary" href="/catalog/new">
                  {t("catalog.new")}
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <Notice message={notice} />

      <section className="card card-flush">
        <CatalogToolbar value={filters} onChange={setFilters} />
        {canWrite && selected.size > 0 ? (
          <section className="bulk-bar" aria-label={t("catalog.bulk")}>
            <span>{t("catalog.selected", { n: selected.size })}</span>
            <ConfirmButton
              label={t("catalog.archiveSelected")}
              message={t("catalog.archiveConfirm", { n: selected.size })}
              onConfirm={archiveSelected}
              danger
            />
          </section>
        ) : null}

        {firstLoad ? <LoadingState /> : null}
        {failedFirst && pages.error ? <ErrorState error={pages.error} onRetry={pages.retry} /> : null}
        {pages.loaded && pages.items.length === 0 ? (
          search ? (
            <EmptyState icon={<Icon name="search" size={28} />} title={t("catalog.noMatch", { q: search })}>
              <p>{t("catalog.noMatchBody")}</p>
              <button type="button" className="btn btn-secondary" onClick={() => setFilters((f) => ({ ...f, input: "" }))}>
                {t("catalog.clearSearch")}
              </button>
            </EmptyState>
          ) : (
            <EmptyState icon={<Icon name="catalog" size={28} />} title={t("catalog.empty")}>
              <p>{t("catalog.emptyBody")}</p>
            </EmptyState>
          )
        ) : null}

        {pages.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  {canWrite ? (
                    <th scope="col" className="check-cell">
                      <input
                        type="checkbox"
                        aria-label={t("catalog.selectAll")}
                        checked={pages.items.every((p) => selected.has(p.id))}
                        onChange={(e) => setSelected(e.target.checked ? new Set(pages.items.map((p) => p.id)) : new Set())}
                      />
                    </th>
                  ) : null}
                  <th scope="col">{t("col.product")}</th>
                  <th scope="col">{t("col.category")}</th>
                  <th scope="col">{t("catalog.brand")}</th>
                  <th scope="col">{t("col.status")}</th>
                  <th scope="col" className="align-end">
                    {t("col.skus")}
                  </th>
                  <th scope="col" className="align-end">
                    {t("col.price")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {pages.items.map((product) => (
                  <ProductRow
                    key={product.id}
                    product={product}
                    selectable={canWrite}
                    selected={selected.has(product.id)}
                    onSelect={(on) =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (on) next.add(product.id);
                        else next.delete(product.id);
                        return next;
                      })
                    }
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}

        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
