"use client";

import { useT } from "@o2o/client";
import { randomInStoreEan13 } from "../../lib/ean13";

export type VariantDraft = { key: string; name: string; sku: string; price: string; barcode: string };

let nextKey = 0;
export function emptyVariant(): VariantDraft {
  nextKey += 1;
  return { key: `v${nextKey}`, name: "", sku: "", price: "", barcode: "" };
}

/** The editable variant lines of a new product: name, SKU, price in yuan, one barcode (typed, scanned or generated). */
export function VariantRows({
  rows,
  onChange,
  errors,
}: {
  rows: VariantDraft[];
  onChange: (rows: VariantDraft[]) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const update = (key: string, patch: Partial<VariantDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="variant-rows">
      <legend>{t("product.variants")}</legend>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="variant-row" aria-label={t("product.variantN", { n: index + 1 })}>
          <label className="field">
            <span>{t("product.variantName")}</span>
            <input
              value={row.name}
              onChange={(e) => update(row.key, { name: e.target.value })}
              maxLength={100}
              aria-invalid={Boolean(errors[`${row.key}.name`])}
            />
            {errors[`${row.key}.name`] ? <span className="field-error">{errors[`${row.key}.name`]}</span> : null}
          </label>
          <label className="field">
            <span>SKU</span>
            <input
              value={row.sku}
              onChange={(e) => update(row.key, { sku: e.target.value })}
              maxLength={64}
              className="mono"
              aria-invalid={Boolean(errors[`${row.key}.sku`])}
            />
            {errors[`${row.key}.sku`] ? <span className="field-error">{errors[`${row.key}.sku`]}</span> : null}
          </label>
          <label className="field">
            <span>{t("product.price")}</span>
            <input
              value={row.price}
              onChange={(e) => update(row.key, { price: e.target.value })}
              inputMode="decimal"
              placeholder="0.00"
              aria-invalid={Boolean(errors[`${row.key}.price`])}
            />
            {errors[`${row.key}.price`] ? <span className="field-error">{errors[`${row.key}.price`]}</span> : null}
          </label>
          <div className="field">
            <label htmlFor={`${row.key}-barcode`}>{t("product.barcode")}</label>
            <div className="input-with-action">
              <input
                id={`${row.key}-barcode`}
                value={row.barcode}
                onChange={(e) => update(row.key, { barcode: e.target.value.replace(/\D/g, "") })}
                inputMode="numeric"
                maxLength={13}
                className="mono"
                aria-invalid={Boolean(errors[`${row.key}.barcode`])}
              />
              <button type="button" className="input-action" onClick={() => update(row.key, { barcode: randomInStoreEan13() })}>
                {t("product.generateBarcode")}
              </button>
            </div>
            {errors[`${row.key}.barcode`] ? <span className="field-error">{errors[`${row.key}.barcode`]}</span> : null}
          </div>
          {rows.length > 1 ? (
            <button type="button" className="btn btn-ghost" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              {t("common.remove")}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" className="btn btn-secondary" onClick={() => onChange([...rows, emptyVariant()])}>
        {t("product.addVariant")}
      </button>
    </fieldset>
  );
}
