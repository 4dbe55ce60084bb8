"use client";

import { formatFen, useT } from "@o2o/client";
import type { ShopOfferFieldsFragment } from "@o2o/schema";

type VariantOffer = ShopOfferFieldsFragment["variants"][number];

/** Price for the chosen variant, the crossed-out list price, the member price and the live promotions explained. */
export function PriceBlock({
  offer,
  promotions,
  fallbackPrice,
  flash,
}: {
  offer: VariantOffer | null;
  promotions: ShopOfferFieldsFragment["promotions"];
  fallbackPrice: number;
  flash: boolean;
}) {
  const t = useT();
  const price = offer?.price ?? fallbackPrice;
  const list = offer?.listPrice ?? fallbackPrice;
  return (
    <section className="price-block" aria-label={t("product.priceLabel")}>
      <p className={`price-now${flash ? " price-flash" : ""}`} data-testid="product-price" aria-live="polite">
        <strong>{formatFen(price)}</strong>
        {list > price ? <s className="price-list">{formatFen(list)}</s> : null}
        {flash ? <span className="price-updated">{t("product.priceUpdated")}</span> : null}
      </p>
      {offer?.memberPrice != null && offer.memberPrice < price ? (
        <p className="member-price">
          <span className="member-badge">{t("product.memberPrice")}</span>
          <strong>{formatFen(offer.memberPrice)}</strong>
          {offer.memberTierName ? <span className="muted">{t("product.memberTier", { tier: offer.memberTierName })}</span> : null}
        </p>
      ) : null}
      {promotions.length > 0 ? (
        <ul className="promo-list" aria-label={t("product.promotions")}>
          {promotions.map((p) => (
            <li key={p.id}>
              <span className="promo-tag">{t(p.memberOnly ? "product.promoMember" : "product.promo")}</span>
              <span className="promo-name">{p.name}</span>
              <span className="promo-how">{t(`promoType.${promoTypeKey(p.type)}` as const)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

type PromoTypeKey = "spendSave" | "percentOff" | "amountOff" | "buyXGetY" | "nthItem" | "bundle";

function promoTypeKey(type: string): PromoTypeKey {
  switch (type) {
    case "SPEND_SAVE":
      return "spendSave";
    case "PERCENT_OFF":
      return "percentOff";
    case "AMOUNT_OFF":
      return "amountOff";
    case "BUY_X_GET_Y":
      return "buyXGetY";
    case "NTH_ITEM_DISCOUNT":
      return "nthItem";
    default:
      return "bundle";
  }
}
