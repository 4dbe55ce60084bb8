import { formatFen, T } from "@o2o/client";
import { lowestPrice, type ShopProduct } from "./catalog-api";

// Soft backgrounds for the image placeholder, picked by the product id so a product keeps its colour.
const TINTS = ["#fff1ec", "#eef6ff", "#f1f8ee", "#fff8e6", "#f6f0ff", "#ecfaf7"];

function tintFor(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return TINTS[hash % TINTS.length] ?? TINTS[0]!;
}

export function ProductCard({ product }: { product: ShopProduct }) {
  const price = lowestPrice(product);
  return (
    <article className="product-card">
      <div className="product-image" style={{ background: tintFor(product.id) }} aria-hidden="true">
        <span>{product.category?.icon ?? Array.from(product.name)[0]}</span>
      </div>
      <div className="product-body">
        <h3 className="product-name">{product.name}</h3>
        {product.category ? <p className="product-category">{product.category.name}</p> : null}
        <p className="product-price">
          {price ? (
            <>
              <strong>{formatFen(price.fen)}</strong>
              {price.varies ? (
                <span className="product-from">
                  <T k="home.from" />
                </span>
              ) : null}
            </>
          ) : (
            "—"
          )}
        </p>
      </div>
    </article>
  );
}
