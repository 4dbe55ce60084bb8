import { T } from "@o2o/client";
import Link from "next/link";
import { fetchPickupCities, fetchProducts } from "../features/catalog/catalog-api";
import { ProductCard } from "../features/catalog/product-card";
import { Icon } from "../features/shell/icons";

// Prices and availability change all day: render on every request, never from a build-time snapshot.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function param(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function pageHref(q: string, after: string | null): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

async function Hero({ pickupPromise }: { pickupPromise: ReturnType<typeof fetchPickupCities> }) {
  const pickup = await pickupPromise;
  return (
    <section className="hero">
      <div>
        <h1>
          <T k="home.heroTitle" />
        </h1>
        <p>
          <T k="home.heroBody" />
        </p>
      </div>
      {pickup.shops > 0 ? (
        <p className="hero-pickup">
          <Icon name="store" size={18} />
          <T k="home.pickup" vars={{ n: pickup.shops, cities: pickup.cities.join(" · ") }} />
        </p>
      ) : null}
    </section>
  );
}

function Notice({
  title,
  body,
  detail,
  href,
}: {
  title: "home.unavailableTitle" | "home.errorTitle";
  body: "home.unavailableBody" | "home.errorBody";
  detail?: string;
  href: string;
}) {
  return (
    <div className="notice" role="alert">
      <span className="notice-icon">
        <Icon name="cloudOff" size={28} />
      </span>
      <h3>
        <T k={title} />
      </h3>
      <p>
        <T k={body} />
      </p>
      {detail ? (
        <details className="notice-detail">
          <summary>
            <T k="error.details" />
          </summary>
          <code>{detail}</code>
        </details>
      ) : null}
      <a className="btn btn-outline" href={href}>
        <T k="home.reload" />
      </a>
    </div>
  );
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = param(params.q).slice(0, 64);
  const after = param(params.after) || null;
  // Both requests start now; the store list only feeds the banner on the first, unfiltered page.
  const pickupPromise = q || after ? null : fetchPickupCities();
  const outcome = await fetchProducts(q, after);
  const here = pageHref(q, after);

  return (
    <div className="container home">
      {pickupPromise ? <Hero pickupPromise={pickupPromise} /> : null}
      <section className="listing" aria-labelledby="listing-title">
        <div className="listing-head">
          <h2 id="listing-title">{q ? <T k="home.searchTitle" vars={{ q }} /> : <T k="home.title" />}</h2>
          {outcome.status === "ok" ? (
            <span className="listing-count">
              <T k="home.count" vars={{ n: outcome.data.totalCount }} />
            </span>
          ) : null}
        </div>

        {outcome.status === "unavailable" ? <Notice title="home.unavailableTitle" body="home.unavailableBody" href={here} /> : null}
        {outcome.status === "error" ? <Notice title="home.errorTitle" body="home.errorBody" detail={outcome.message} href={here} /> : null}

        {outcome.status === "ok" && outcome.data.edges.length === 0 ? (
          <div className="notice">
            <span className="notice-icon">
              <Icon name={q ? "search" : "bag"} size={28} />
            </span>
            <h3>{q ? <T k="home.noMatchTitle" vars={{ q }} /> : <T k="home.emptyTitle" />}</h3>
            <p>{q ? <T k="home.noMatchBody" /> : <T k="home.emptyBody" />}</p>
            {q ? (
              <Link className="btn btn-outline" href="/">
                <T k="home.clear" />
              </Link>
            ) : null}
          </div>
        ) : null}

        {outcome.status === "ok" && outcome.data.edges.length > 0 ? (
          <>
            <ul className="product-grid">
              {outcome.data.edges.map(({ node }) => (
                <li key={node.id}>
                  <ProductCard product={node} />
                </li>
              ))}
            </ul>
            <div className="pager">
              {after ? (
                <Link className="btn btn-outline" href={pageHref(q, null)}>
                  <T k="home.first" />
                </Link>
              ) : null}
              {outcome.data.pageInfo.hasNextPage && outcome.data.pageInfo.endCursor ? (
                <Link className="btn btn-primary" href={pageHref(q, outcome.data.pageInfo.endCursor)}>
                  <T k="home.next" />
                </Link>
              ) : null}
            </div>
          </>
        ) : null}
      </section>
    </div>
  );
}
