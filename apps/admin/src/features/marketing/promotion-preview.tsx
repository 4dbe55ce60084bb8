"use client";

import { formatFen, useT } from "@o2o/client";
import { AdminPreviewPromotionCartDocument, type CreatePromotionInput } from "@o2o/schema";
import { useState } from "react";
import { useQuery } from "urql";
import { StoreSelect } from "../../components/store-select";
import { useStores } from "../../components/use-stores";
import { type PickedVariant, VariantPicker } from "../../components/variant-picker";
import { variantLabel } from "../../lib/variant-label";

type Line = PickedVariant & { quantity: number };

/** A sample cart priced with the draft promotion on top of the active ones, as a till would price it. */
export function PromotionPreview({ draft }: { draft: CreatePromotionInput | null }) {
  const t = useT();
  const { stores } = useStores();
  const [storeId, setStoreId] = useState("");
  const [lines, setLines] = useState<Line[]>([]);
  const store = storeId || stores.find((s) => s.type === "SHOP")?.id || "";
  const [{ data, error, fetching }] = useQuery({
    query: AdminPreviewPromotionCartDocument,
    variables: {
      storeId: store,
      lines: lines.map((l) => ({ variantId: l.id, quantity: l.quantity })),
      extraPromotion: draft,
      channel: "POS",
    },
    pause: !store || lines.length === 0,
  });
  const preview = data?.previewPromotionCart;

  return (
    <section className="card preview-card" aria-labelledby="preview-title">
      <h3 className="card-title" id="preview-title">
        {t("promo.preview")}
      </h3>
      <p className="muted small">{t("promo.previewHint")}</p>
      <StoreSelect label={t("common.store")} value={store} onChange={setStoreId} />
      <VariantPicker
        label={t("promo.addToCart")}
        onPick={(v) =>
          setLines((ls) =>
            ls.some((l) => l.id === v.id)
              ? ls.map((l) => (l.id === v.id ? { ...l, quantity: l.quantity + 1 } : l))
              : [...ls, { ...v, quantity: 1 }],
          )
        }
      />
      {lines.length === 0 ? <p className="muted">{t("promo.emptyCart")}</p> : null}
      <ul className="cart-lines">
        {lines.map((l) => (
          <li key={l.id}>
            <span>{variantLabel(l.productName, l.name)}</span>
            <input
              type="number"
              min={1}
              max={99}
              value={l.quantity}
              aria-label={t("common.quantity")}
              onChange={(e) => {
                const q = Math.max(0, Math.min(99, Number(e.target.value) || 0));
                setLines((ls) => (q === 0 ? ls.filter((x) => x.id !== l.id) : ls.map((x) => (x.id === l.id ? { ...x, quantity: q } : x))));
              }}
            />
          </li>
        ))}
      </ul>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error.graphQLErrors[0]?.message ?? error.message}
        </p>
      ) : null}
      {preview && lines.length > 0 ? (
        <dl className="totals" aria-busy={fetching} data-testid="promotion-preview">
          <div>
            <dt>{t("promo.subtotal")}</dt>
            <dd className="num">{formatFen(preview.subtotal)}</dd>
          </div>
          {preview.appliedPromotions.map((p) => (
            <div key={p.promotionId} className="discount">
              <dt>{p.name}</dt>
              <dd className="num">-{formatFen(p.amount)}</dd>
            </div>
          ))}
          <div className="grand">
            <dt>{t("promo.total")}</dt>
            <dd className="num">{formatFen(preview.total)}</dd>
          </div>
          {preview.hints.map((h) => (
            <p key={h.promotionId} className="muted small">
              {t("promo.hint", { missing: formatFen(h.missing), discount: formatFen(h.discount), label: h.label })}
            </p>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
