"use client";

import { MediaImage, useT } from "@o2o/client";
import { useState } from "react";
import { tintFor } from "../catalog/product-tint";

type Image = { id: string; url: string; alt: string | null };

/** The product's images, the first large and the others as thumbnails to pick; the category icon when there are none. */
export function ProductGallery({
  productId,
  name,
  icon,
  images,
}: {
  productId: string;
  name: string;
  icon: string | null;
  images: Image[];
}) {
  const t = useT();
  const [shownId, setShownId] = useState(images[0]?.id);
  const shown = images.find((i) => i.id === shownId) ?? images[0];
  const placeholder = <span aria-hidden="true">{icon ?? Array.from(name)[0]}</span>;
  return (
    <div className="product-gallery">
      <div className="product-hero" style={{ background: tintFor(productId) }}>
        <MediaImage url={shown?.url} alt={shown?.alt || name} fallback={placeholder} />
      </div>
      {images.length > 1 ? (
        <ul className="product-thumbs" aria-label={t("product.images")}>
          {images.map((image, i) => (
            <li key={image.id}>
              <button
                type="button"
                className="product-thumb"
                aria-pressed={image.id === shown?.id}
                aria-label={t("product.showImage", { n: i + 1 })}
                onClick={() => setShownId(image.id)}
              >
                <MediaImage url={image.url} alt="" fallback={placeholder} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
