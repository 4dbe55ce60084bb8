"use client";

import { EmptyState, ErrorState, formatFen, LoadingState, MediaImage, useT } from "@o2o/client";
import { type RefObject, useEffect, useId, useState } from "react";
import { CombinedError, useQuery } from "urql";
import type { CartLine } from "../cart/cart";
import { type CatalogItem, searchCatalog } from "../offline/catalog-cache";
import { SCAN_FIELD_PROPS } from "../scanner/use-wedge-scanner";
import { Icon } from "../till/icons";
import { sellable, TILL_PRODUCTS, type TillProduct, variantOwnName } from "./till-products";

export type AddableItem = Omit<CartLine, "quantity">;

/** A catalogue item as a cart line. */
export function lineOfItem(item: CatalogItem): AddableItem {
  return {
    variantId: item.variantId,
    productName: item.productName,
    variantName: item.variantName,
    sku: item.sku,
    unitPrice: item.unitPrice,
  };
}

const PAGE_SIZE = 30;
const SEARCH_DEBOUNCE_MS = 250;

function ProductTile({ product, onAdd }: { product: TillProduct; onAdd: (item: AddableItem) => void }) {
  const t = useT();
  return (
    <li className="tile">
      <div className="tile-head">
        <span className="tile-icon" aria-hidden="true">
          <MediaImage url={product.images[0]?.url} alt="" fallback={product.category?.icon ?? Array.from(product.name)[0]} />
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
              onClick={() =>
                onAdd({
                  variantId: variant.id,
                  productName: product.name,
                  variantName: ownName ?? "",
                  sku: variant.sku,
                  unitPrice: variant.basePrice,
                })
              }
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
  inputRef,
}: {
  query: string;
  onQueryChange: (value: string) => void;
  onAdd: (item: AddableItem) => void;
  notice: { tone: "ok" | "warn"; text: string } | null;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const t = useT();
  const inputId = useId();
  const [search, setSearch] = useState(query.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  // Browsing (no search) pages the catalogue from the API; a search runs on the till's local catalogue index
  // (name, pinyin initials, SKU), which asks the API itself until its first snapshot has loaded.
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: TILL_PRODUCTS,
    variables: { first: PAGE_SIZE, search: null },
    pause: Boolean(search),
  });
  const products = search ? [] : sellable(data?.products.edges.map((e) => e.node) ?? []);
  const [found, setFound] = useState<{ q: string; items: CatalogItem[]; error: Error | null } | null>(null);
  useEffect(() => {
    if (!search) return;
    let active = true;
    searchCatalog(search, PAGE_SIZE).then(
      (items) => active && setFound({ q: search, items: items.filter((i) => i.sellable), error: null }),
      (e: unknown) => active && setFound({ q: search, items: [], error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      active = false;
    };
  }, [search]);
  const results = search && found?.q === search ? found : null;

  return (
    <section className="product-panel" aria-labelledby="products-title">
      <div className="search-bar">
        <label htmlFor={inputId} className="visually-hidden">
          {t("till.search")}
        </label>
        <Icon name="search" size={24} />
        <input
          ref={inputRef}
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
        {(fetching && data) || (search && !results) ? <span className="spinner spinner-inline" aria-hidden="true" /> : null}
      </h2>
      <div className="product-results">
        {search ? (
          results?.error ? (
            <ErrorState error={new CombinedError({ networkError: results.error })} onRetry={() => setFound(null)} />
          ) : results && results.items.length === 0 ? (
            <EmptyState icon={<Icon name="search" size={30} />} title={t("till.noResults", { q: search })}>
              {t("till.noResultsBody")}
            </EmptyState>
          ) : results ? (
            <ul className="search-results" aria-label={t("till.results", { q: search })}>
              {results.items.map((item) => (
                <li key={item.variantId}>
                  <button
                    type="button"
                    className="result-btn"
                    onClick={() => onAdd(lineOfItem(item))}
                    aria-label={t("till.addVariant", { name: `${item.productName} ${item.variantName} ${formatFen(item.unitPrice)}` })}
                  >
                    <span className="tile-icon" aria-hidden="true">
                      {item.categoryIcon ?? Array.from(item.productName)[0]}
                    </span>
                    <span className="result-name">
                      <strong>{item.productName}</strong>
                      <small className="muted">
                        {item.variantName ? `${item.variantName} · ` : null}
                        <span className="mono">{item.sku}</span>
                      </small>
                    </span>
                    <strong className="num">{formatFen(item.unitPrice)}</strong>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <LoadingState />
          )
        ) : null}
        {!search && fetching && !data ? <LoadingState /> : null}
        {!search && error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
        {!search && data && products.length === 0 ? (
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
