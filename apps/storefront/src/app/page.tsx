import { T } from "@o2o/client";
import { ShopHomeDocument, ShopSearchDocument } from "@o2o/schema";
import Link from "next/link";
import { ProductCard } from "../features/catalog/product-card";
import { LocalName } from "../features/catalog/local-name";
import { CampaignStrip } from "../features/home/campaign-strip";
import { ApiNotice } from "../features/shell/api-notice";
import { Icon } from "../features/shell/icons";
import { serverQuery } from "../lib/server-graphql";

// Prices and availability change all day: render on every request, never from a build-time snapshot.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [home, picks] = await Promise.all([
    serverQuery(ShopHomeDocument, {}),
    serverQuery(ShopSearchDocument, { input: { sort: "NEWEST", first: 20, offset: 0 } }),
  ]);
  if (picks.status === "unavailable") return <ApiNotice kind="unavailable" href="/" />;
  if (picks.status === "error") return <ApiNotice kind="error" href="/" detail={picks.message} />;
  const data = home.status === "ok" ? home.data : null;
  const shops = (data?.stores ?? []).filter((s) => s.type !== "WAREHOUSE");
  const cities = [...new Set(shops.flatMap((s) => (s.city ? [s.city] : [])))];
  const categories = (data?.categories ?? []).filter((c) => c.active && !c.parent);
  const products = picks.data.shopSearch.products;

  return (
    <div className="container home">
      <section className="hero">
        <div>
          <h1>
            <T k="home.heroTitle" />
          </h1>
          <p>
            <T k="home.heroBody" />
          </p>
        </div>
        {shops.length > 0 ? (
          <p className="hero-pickup">
            <Icon name="store" size={18} />
            <T k="home.pickup" vars={{ n: shops.length, cities: cities.join(" · ") }} />
          </p>
        ) : null}
      </section>

      {data && data.campaigns.edges.length > 0 ? <CampaignStrip campaigns={data.campaigns.edges.map((e) => e.node)} /> : null}

      {categories.length > 0 ? (
        <nav className="category-grid" aria-label="categories">
          {categories.map((c) => (
            <Link key={c.id} href={`/search?category=${c.id}`} className="category-tile">
              <span className="category-icon" aria-hidden="true">
                {c.icon ?? Array.from(c.name)[0]}
              </span>
              <span>
                <LocalName name={c.name} i18n={c.nameI18n} />
              </span>
            </Link>
          ))}
        </nav>
      ) : null}

      <section className="listing" aria-labelledby="listing-title">
        <div className="listing-head">
          <h2 id="listing-title">
            <T k="home.title" />
          </h2>
          <Link className="listing-count" href="/search">
            <T k="home.seeAll" vars={{ n: picks.data.shopSearch.totalCount }} />
          </Link>
        </div>
        {products.length === 0 ? (
          <div className="notice">
            <span className="notice-icon">
              <Icon name="bag" size={28} />
            </span>
            <h3>
              <T k="home.emptyTitle" />
            </h3>
            <p>
              <T k="home.emptyBody" />
            </p>
          </div>
        ) : (
          <ul className="product-grid">
            {products.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
