"use client";

import { useT } from "@o2o/client";
import type { ShopAvailabilityFieldsFragment, ShopOfferFieldsFragment, ShopProductPageQuery } from "@o2o/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useCart } from "../cart/cart-context";
import { LocalName } from "../catalog/local-name";
import { ShareButton } from "../share/share-button";
import { PriceBlock } from "./price-block";
import { ProductGallery } from "./product-gallery";
import { QuantityStepper } from "./quantity-stepper";
import { StockPanel } from "./stock-panel";
import { useLiveProduct } from "./use-live-product";
import { choose, type OptionAxis, selectionOf, valueOffered, variantFor } from "./variant-choice";

type Product = NonNullable<ShopProductPageQuery["product"]>;

export function ProductView({
  product,
  offer: initialOffer,
  availability: initialAvailability,
}: {
  product: Product;
  offer: ShopOfferFieldsFragment | null;
  availability: ShopAvailabilityFieldsFragment[];
}) {
  const t = useT();
  const router = useRouter();
  const cart = useCart();
  const variantIds = useMemo(() => product.variants.map((v) => v.id), [product.variants]);
  const { offer, availability, priceFlash } = useLiveProduct(product.id, variantIds, {
    offer: initialOffer,
    availability: initialAvailability,
  });
  const axes: OptionAxis[] = product.options;
  const inStockSomewhere = (id: string) => availability.some((row) => (row.variants.find((v) => v.variantId === id)?.available ?? 0) > 0);
  const [selection, setSelection] = useState(() =>
    selectionOf(product.variants.find((v) => inStockSomewhere(v.id)) ?? product.variants[0], axes),
  );
  const [quantity, setQuantity] = useState(1);
  const [pickupStoreId, setPickupStoreId] = useState<string | null>(cart.cart?.pickupStore?.id ?? null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<"none" | "added" | "error">("none");

  const variant = variantFor(product.variants, axes, selection);
  const variantOffer = offer?.variants.find((v) => v.variantId === variant?.id) ?? null;
  const location = availability.find((row) => (pickupStoreId ? row.store.id === pickupStoreId : !row.pickup));
  const available = location?.variants.find((v) => v.variantId === variant?.id)?.available ?? 0;
  const canBuy = Boolean(variant) && available >= quantity;

  async function addToCart(thenCheckout: boolean) {
    if (!variant) return;
    setAdding(true);
    setAdded("none");
    const result = await cart.add(variant.id, quantity);
    if (result.cart && (result.cart.pickupStore?.id ?? null) !== pickupStoreId) await cart.setPickupStore(pickupStoreId);
    setAdding(false);
    setAdded(result.cart ? "added" : "error");
    if (result.cart && thenCheckout) router.push("/cart");
  }

  return (
    <div className="container page product-page">
      <nav className="breadcrumb" aria-label={t("product.breadcrumb")}>
        <Link href="/">{t("nav.home")}</Link>
        {product.category ? (
          <>
            <span aria-hidden="true">/</span>
            <Link href={`/search?category=${product.category.id}`}>
              <LocalName name={product.category.name} i18n={product.category.nameI18n} />
            </Link>
          </>
        ) : null}
      </nav>
      <div className="product-layout">
        <ProductGallery productId={product.id} name={product.name} icon={product.category?.icon ?? null} images={product.images} />
        <div className="product-info">
          <h1 className="product-title">
            <LocalName name={product.name} i18n={product.nameI18n} />
          </h1>
          {product.brand ? <p className="muted">{product.brand.name}</p> : null}
          <PriceBlock
            offer={variantOffer}
            promotions={offer?.promotions ?? []}
            fallbackPrice={variant?.basePrice ?? product.variants[0]?.basePrice ?? 0}
            flash={priceFlash}
          />

          {axes.map((axis) => (
            <fieldset key={axis.name} className="option-group">
              <legend>{axis.name}</legend>
              <div className="option-values">
                {axis.values.map((value) => {
                  const offered = valueOffered(product.variants, axes, selection, axis.name, value);
                  const checked = selection[axis.name] === value;
                  return (
                    <label key={value} className={`chip${checked ? " chip-on" : ""}${offered ? "" : " chip-muted"}`}>
                      <input
                        type="radio"
                        className="visually-hidden"
                        name={`opt-${axis.name}`}
                        checked={checked}
                        onChange={() => setSelection(choose(product.variants, axes, selection, axis.name, value))}
                      />
                      {value}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}

          <div className="qty-row">
            <span className="field-label">{t("product.quantity")}</span>
            <QuantityStepper
              value={quantity}
              max={Math.max(1, Math.min(99, available))}
              onChange={setQuantity}
              label={t("product.quantity")}
            />
            {variant ? <span className="muted mono">{variant.sku}</span> : null}
          </div>

          <StockPanel
            availability={availability}
            variantId={variant?.id ?? null}
            quantity={quantity}
            pickupStoreId={pickupStoreId}
            onPickupStore={setPickupStoreId}
          />

          <div className="buy-bar">
            <button type="button" className="btn btn-outline" disabled={!canBuy || adding} onClick={() => addToCart(false)}>
              {t("product.addToCart")}
            </button>
            <button type="button" className="btn btn-primary" disabled={!canBuy || adding} onClick={() => addToCart(true)}>
              {t("product.buyNow")}
            </button>
          </div>
          <div role="status" aria-live="polite" className="add-status">
            {added === "added" ? (
              <p className="alert alert-success">
                {t("product.added")} <Link href="/cart">{t("product.goToCart")}</Link>
              </p>
            ) : null}
            {added === "error" ? <p className="alert alert-error">{t("product.addFailed")}</p> : null}
            {!canBuy && variant ? <p className="muted">{t("product.notEnough")}</p> : null}
          </div>
          <div className="action-row">
            <ShareButton productId={product.id} title={product.name} />
            <Link
              className="btn btn-outline btn-small"
              href={`/account/try-on?item=${encodeURIComponent(tryOnText(product.name, selection))}`}
            >
              {t("product.tryOn")}
            </Link>
          </div>
        </div>
      </div>

      {product.description ? (
        <section className="panel product-description">
          <h2 className="section-title">{t("product.details")}</h2>
          <p>{product.description}</p>
        </section>
      ) : null}
    </div>
  );
}

/** "纯棉T恤 白 / M": what the store should hold for a try-on. */
function tryOnText(name: string, selection: Record<string, string>): string {
  const options = Object.values(selection).join(" / ");
  return options ? `${name} ${options}` : name;
}
