"use client";

import { EmptyState, ErrorState, formatFen, LoadingState, useT } from "@o2o/client";
import { useEffect, useId, useState } from "react";
import { useQuery } from "urql";
import { SCAN_FIELD_PROPS } from "../scanner/use-wedge-scanner";
import { Icon } from "../till/icons";
import { sellable, TILL_PRODUCTS, type TillProduct, type TillVariant, variantOwnName } from "./till-products";

const PAGE_SIZE = 30;
const SEARCH_DEBOUNCE_MS = 250;

function ProductTile({ product, onAdd }: { product: TillProduct; onAdd: (product: TillProduct, variant: TillVariant) => void }) {
  const t = useT();
  return (
    <li className="tile">
      <div className="tile-head">
        <span className="tile-icon" aria-hidden="true">
          {product.category?.icon ?? Array.from(product.name)[0]}
        </span>
        <span className="tile-title">
          <strong>{product.name}</strong>
          {product.category ? <small className="muted">{product.category.name}</small> : null}
        </span>
      </div>
      <div className="variant-buttons">
        {product.variants.map((variant) => {
          const ownName = variantOwnName(product, variant);
          return (
            <button
              key={variant.id}
              type="button"
              className="variant-btn"
              onClick={() => onAdd(product, variant)}
              aria-label={t("till.addVariant", { name: `${product.name} ${ownName ?? ""} ${formatFen(variant.basePrice)}` })}
            >
              <span className={ownName ? "variant-name" : "variant-name mono"}>{ownName ?? variant.sku}</span>
              <strong className="num">{formatFen(variant.basePrice)}</strong>
            </button>
          );
        })}
      </div>
    </li>
  );
}

export function ProductPanel({
  query,
  onQueryChange,
  onAdd,
  notice,
}: {
  query: string;
  onQueryChange: (value: string) => void;
  onAdd: (product: TillProduct, variant: TillVariant) => void;
  notice: { tone: "ok" | "warn"; text: string } | null;
}) {
  const t = useT();
  const inputId = useId();
  const [search, setSearch] = useState(query.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const [{ data, error, fetching }, reexecute] = useQuery({
    query: TILL_PRODUCTS,
    variables: { first: PAGE_SIZE, search: search || null },
  });
  const products = sellable(data?.products.edges.map((e) => e.node) ?? []);

  return (
    <section className="product-panel" aria-labelledby="products-title">
      <div className="search-bar">
        <label htmlFor={inputId} className="visually-hidden">
          {t("till.search")}
        </label>
        <Icon name="search" size={24} />
        <input
          id={inputId}
          {...SCAN_FIELD_PROPS}
          type="search"
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
          placeholder={t("till.searchPlaceholder")}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={64}
        />
        {query ? (
          <button
            type="button"
            className="pos-btn pos-btn-ghost pos-btn-icon"
            onClick={() => onQueryChange("")}
            aria-label={t("till.clearSearch")}
          >
            <Icon name="close" />
          </button>
        ) : null}
      </div>
      <div className="scan-notice" role="status" aria-live="polite">
        {notice ? <p className={`notice notice-${notice.tone}`}>{notice.text}</p> : null}
      </div>
      <h2 id="products-title" className="panel-subtitle">
        {search ? t("till.results", { q: search }) : t("till.browse")}
        {fetching && data ? <span className="spinner spinner-inline" aria-hidden="true" /> : null}
      </h2>
      <div className="product-results">
        {fetching && !data ? <LoadingState /> : null}
        {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
        {data && products.length === 0 ? (
          <EmptyState icon={<Icon name="search" size={30} />} title={search ? t("till.noResults", { q: search }) : t("till.noProducts")}>
            {search ? t("till.noResultsBody") : null}
          </EmptyState>
        ) : null}
        {products.length > 0 ? (
          <ul className="tiles">
            {products.map((product) => (
              <ProductTile key={product.id} product={product} onAdd={onAdd} />
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
