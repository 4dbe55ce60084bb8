import { T } from "@o2o/client";
import { ShopHomeDocument, ShopSearchDocument } from "@o2o/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { ProductCard } from "../../features/catalog/product-card";
import { SearchFilters } from "../../features/search/search-filters";
import { parseSearch, searchHref, searchInput } from "../../features/search/search-params";
import { ApiNotice } from "../../features/shell/api-notice";
import { Icon } from "../../features/shell/icons";
import { serverQuery } from "../../lib/server-graphql";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "搜索" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const state = parseSearch(await searchParams);
  const [outcome, home] = await Promise.all([
    serverQuery(ShopSearchDocument, { input: searchInput(state) }),
    serverQuery(ShopHomeDocument, {}),
  ]);
  const here = searchHref(state, { page: state.page });
  if (outcome.status === "unavailable") return <ApiNotice kind="unavailable" href={here} />;
  if (outcome.status === "error") return <ApiNotice kind="error" href={here} detail={outcome.message} />;
  const result = outcome.data.shopSearch;
  const categories = home.status === "ok" ? home.data.categories.filter((c) => c.active) : [];
  const stores = home.status === "ok" ? home.data.stores.filter((s) => s.type !== "WAREHOUSE") : [];
  const category = categories.find((c) => c.id === state.category);

  return (
    <div className="container page search-page">
      <div className="listing-head">
        <h1 className="page-title">
          {state.q ? <T k="home.searchTitle" vars={{ q: state.q }} /> : category ? category.name : <T k="search.all" />}
        </h1>
        <span className="listing-count">
          <T k="home.count" vars={{ n: result.totalCount }} />
        </span>
      </div>
      {result.fuzzy ? (
        <p className="alert alert-info" role="status">
          {result.correctedText ? (
            <T k="search.corrected" vars={{ q: state.q, fixed: result.correctedText }} />
          ) : (
            <T k="search.fuzzy" vars={{ q: state.q }} />
          )}
        </p>
      ) : null}
      <SearchFilters state={state} facets={result.facets} categories={categories} stores={stores} />
      {result.products.length === 0 ? (
        <div className="notice">
          <span className="notice-icon">
            <Icon name="search" size={28} />
          </span>
          <h3>{state.q ? <T k="home.noMatchTitle" vars={{ q: state.q }} /> : <T k="search.noMatchFilters" />}</h3>
          <p>
            <T k="home.noMatchBody" />
          </p>
          <Link className="btn btn-outline" href="/search">
            <T k="home.clear" />
          </Link>
        </div>
      ) : (
        <>
          <ul className="product-grid">
            {result.products.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} />
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label="pages">
            {state.page > 1 ? (
              <Link className="btn btn-outline" href={searchHref(state, { page: state.page - 1 })}>
                <T k="search.previous" />
              </Link>
            ) : null}
            {result.hasMore ? (
              <Link className="btn btn-primary" href={searchHref(state, { page: state.page + 1 })}>
                <T k="home.next" />
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
