import { T } from "@o2o/client";
import type { ShopRecommendedQuery } from "@o2o/schema";
import type { ApiOutcome } from "../../lib/server-graphql";
import { ProductCard } from "../catalog/product-card";

/** "Often bought together", streamed in after the product itself (its query runs alongside the product's). */
export async function RecommendedProducts({ outcome }: { outcome: Promise<ApiOutcome<ShopRecommendedQuery>> }) {
  const result = await outcome;
  const products = result.status === "ok" ? result.data.recommendedProducts : [];
  if (products.length === 0) return null;
  return (
    <section className="listing container" aria-labelledby="rec-title">
      <h2 id="rec-title" className="section-title">
        <T k="product.boughtTogether" />
      </h2>
      <ul className="product-grid">
        {products.map((p) => (
          <li key={p.id}>
            <ProductCard product={p} />
          </li>
        ))}
      </ul>
    </section>
  );
}
