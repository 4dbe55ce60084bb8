import { formatFen, T } from "@o2o/client";
import Link from "next/link";
import { tintFor } from "./product-tint";

export type CardProduct = {
  id: string;
  name: string;
  category: { name: string; icon: string | null } | null;
  variants: { id: string; basePrice: number }[];
};

/** The lowest base price across variants, in 分, and whether variants differ in price. */
export function lowestPrice(product: CardProduct): { fen: number; varies: boolean } | null {
  if (product.variants.length === 0) return null;
  const prices = product.variants.map((v) => v.basePrice);
  const fen = Math.min(...prices);
  return { fen, varies: prices.some((p) => p !== fen) };
}

export function ProductCard({ product }: { product: CardProduct }) {
  const price = lowestPrice(product);
  return (
    <Link href={`/product/${product.id}`} className="product-card">
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
    </Link>
  );
}
