"use client";

import { EmptyState, ErrorState, formatFenRange, LoadingState, type Translate, useT } from "@o2o/client";
import { useEffect, useId, useState } from "react";
import { isMessageKey } from "../../i18n/messages";
import { Icon } from "../shell/icons";
import { type ProductNode, priceRange } from "./products-query";
import { useProductPages } from "./use-product-pages";

const SEARCH_DEBOUNCE_MS = 300;

function statusLabel(t: Translate, status: string): string {
  const key = `status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

function ProductRow({ product }: { product: ProductNode }) {
  const t = useT();
  const range = priceRange(product);
  return (
    <tr>
      <td>
        <div className="product-cell">
          <span className="product-thumb" aria-hidden="true">
            {product.category?.icon ?? Array.from(product.name)[0]}
          </span>
          <span>
            <strong>{product.name}</strong>
            <span className="muted small mono">{product.variants[0]?.sku ?? ""}</span>
          </span>
        </div>
      </td>
      <td>{product.category ? product.category.name : <span className="muted">{t("catalog.uncategorised")}</span>}</td>
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
  const searchId = useId();
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  const pages = useProductPages(search);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  const firstLoad = pages.status === "loading";
  const failedFirst = pages.status === "error" && pages.items.length === 0;

  return (
    <div className="page">
      <header className="page-header page-header-row">
        <div>
          <h2>{t("catalog.title")}</h2>
          <p className="muted">{t("catalog.subtitle")}</p>
        </div>
        {pages.totalCount !== null && !firstLoad ? (
          <span className="badge badge-neutral">{t("catalog.total", { n: pages.totalCount })}</span>
        ) : null}
      </header>

      <section className="card card-flush">
        <div className="toolbar">
          <label htmlFor={searchId} className="visually-hidden">
            {t("catalog.search")}
          </label>
          <div className="search-box">
            <Icon name="search" size={18} />
            <input
              id={searchId}
              type="search"
              value={input}
              placeholder={t("catalog.searchPlaceholder")}
              onChange={(e) => setInput(e.target.value)}
              maxLength={100}
              autoComplete="off"
            />
          </div>
        </div>

        {firstLoad ? <LoadingState /> : null}
        {failedFirst && pages.error ? <ErrorState error={pages.error} onRetry={pages.retry} /> : null}
        {pages.status !== "loading" && !failedFirst && pages.items.length === 0 ? (
          search ? (
            <EmptyState icon={<Icon name="search" size={28} />} title={t("catalog.noMatch", { q: search })}>
              <p>{t("catalog.noMatchBody")}</p>
              <button type="button" className="btn btn-secondary" onClick={() => setInput("")}>
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
                  <th scope="col">{t("col.product")}</th>
                  <th scope="col">{t("col.category")}</th>
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
                  <ProductRow key={product.id} product={product} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}

        {pages.items.length > 0 ? (
          <footer className="table-footer">
            <span className="muted" aria-live="polite">
              {t("catalog.shown", { shown: pages.items.length, total: pages.totalCount ?? pages.items.length })}
            </span>
            {pages.status === "error" && pages.error ? <ErrorState error={pages.error} onRetry={pages.retry} /> : null}
            {pages.hasNextPage && pages.status !== "error" ? (
              <button type="button" className="btn btn-secondary" onClick={pages.loadMore} disabled={pages.status === "loading-more"}>
                {pages.status === "loading-more" ? <span className="spinner spinner-sm" aria-hidden="true" /> : null}
                {t(pages.status === "loading-more" ? "catalog.loadingMore" : "catalog.loadMore")}
              </button>
            ) : null}
          </footer>
        ) : null}
      </section>
    </div>
  );
}
