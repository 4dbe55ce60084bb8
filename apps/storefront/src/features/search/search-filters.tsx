"use client";

import { useT } from "@o2o/client";
import Link from "next/link";
import { LocalName } from "../catalog/local-name";
import { type SearchState, searchHref } from "./search-params";

type Category = { id: string; name: string; nameI18n?: Record<string, unknown> | null; icon: string | null; parent: { id: string } | null };
type Store = { id: string; name: string };

/** Filters as a plain GET form (works before hydration) plus one-tap chips for categories and sizes. */
export function SearchFilters({
  state,
  facets,
  categories,
  stores,
}: {
  state: SearchState;
  facets: { sizes: string[]; colours: string[] };
  categories: Category[];
  stores: Store[];
}) {
  const t = useT();
  const top = categories.filter((c) => !c.parent);
  return (
    <section className="filters" aria-label="filters">
      <nav className="chip-row" aria-label="categories">
        <Link className={`chip${state.category ? "" : " chip-on"}`} href={searchHref(state, { category: "" })}>
          {t("search.allCategories")}
        </Link>
        {top.map((c) => (
          <Link key={c.id} className={`chip${state.category === c.id ? " chip-on" : ""}`} href={searchHref(state, { category: c.id })}>
            {c.icon ? <span aria-hidden="true">{c.icon} </span> : null}
            <LocalName name={c.name} i18n={c.nameI18n} />
          </Link>
        ))}
      </nav>
      <details className="filter-panel" open={Boolean(state.size || state.colour || state.store || state.min || state.max)}>
        <summary>{t("search.filters")}</summary>
        <form action="/search" method="get" className="filter-form">
          {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
          {state.category ? <input type="hidden" name="category" value={state.category} /> : null}
          <label className="field">
            <span>{t("search.size")}</span>
            <select name="size" defaultValue={state.size}>
              <option value="">—</option>
              {facets.sizes.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("search.colour")}</span>
            <select name="colour" defaultValue={state.colour}>
              <option value="">—</option>
              {facets.colours.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("search.minPrice")}</span>
            <input className="text-input" name="min" inputMode="decimal" defaultValue={state.min} maxLength={10} />
          </label>
          <label className="field">
            <span>{t("search.maxPrice")}</span>
            <input className="text-input" name="max" inputMode="decimal" defaultValue={state.max} maxLength={10} />
          </label>
          <label className="field">
            <span>{t("search.inStockAt")}</span>
            <select name="store" defaultValue={state.store}>
              <option value="">—</option>
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("search.sort")}</span>
            <select name="sort" defaultValue={state.sort}>
              <option value="RELEVANCE">{t("search.sortRelevance")}</option>
              <option value="NEWEST">{t("search.sortNewest")}</option>
              <option value="PRICE_ASC">{t("search.sortPriceAsc")}</option>
              <option value="PRICE_DESC">{t("search.sortPriceDesc")}</option>
            </select>
          </label>
          <div className="filter-actions">
            <button type="submit" className="btn btn-primary">
              {t("search.apply")}
            </button>
            <Link
              className="btn btn-ghost"
              href={searchHref({ ...state, size: "", colour: "", store: "", min: "", max: "", sort: "RELEVANCE" })}
            >
              {t("search.reset")}
            </Link>
          </div>
        </form>
      </details>
    </section>
  );
}
