import { formatFen, MediaImage, T } from "@o2o/client";
import Link from "next/link";
import { LocalName } from "./local-name";
import { tintFor } from "./product-tint";

export type CardProduct = {
  id: string;
  name: string;
  nameI18n?: Record<string, unknown> | null;
  category: { name: string; nameI18n?: Record<string, unknown> | null; icon: string | null } | null;
  images?: { url: string; alt: string | null }[];
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
  const image = product.images?.[0];
  return (
    <Link href={`/product/${product.id}`} className="product-card">
      <div className="product-image" style={{ background: tintFor(product.id) }}>
        <MediaImage
          url={image?.url}
          alt=""
          fallback={<span aria-hidden="true">{product.category?.icon ?? Array.from(product.name)[0]}</span>}
        />
      </div>
      <div className="product-body">
        <h3 className="product-name">
          <LocalName name={product.name} i18n={product.nameI18n} />
        </h3>
        {product.category ? (
          <p className="product-category">
            <LocalName name={product.category.name} i18n={product.category.nameI18n} />
          </p>
        ) : null}
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
