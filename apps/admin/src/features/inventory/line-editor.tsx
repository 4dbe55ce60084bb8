"use client";

import { useT } from "@o2o/client";
import { type PickedVariant, VariantPicker } from "../../components/variant-picker";
import { variantLabel } from "../../lib/variant-label";

export type StockLine = PickedVariant & { quantity: string; unitCost?: string };

/** Variant lines with a quantity each (and a unit cost when `withCost`), picked by search or scan. */
export function LineEditor({
  lines,
  onChange,
  withCost = false,
}: {
  lines: StockLine[];
  onChange: (lines: StockLine[]) => void;
  withCost?: boolean;
}) {
  const t = useT();
  const update = (id: string, patch: Partial<StockLine>) => onChange(lines.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  return (
    <div className="line-editor">
      <VariantPicker
        onPick={(v) => (lines.some((l) => l.id === v.id) ? null : onChange([...lines, { ...v, quantity: "1", unitCost: "" }]))}
      />
      {lines.length > 0 ? (
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">{t("common.product")}</th>
              <th scope="col" className="align-end">
                {t("common.quantity")}
              </th>
              {withCost ? (
                <th scope="col" className="align-end">
                  {t("inv.unitCost")}
                </th>
              ) : null}
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id}>
                <td>
                  {variantLabel(l.productName, l.name)} <span className="muted small mono">{l.sku}</span>
                </td>
                <td className="align-end">
                  <input
                    className="input-sm num"
                    value={l.quantity}
                    onChange={(e) => update(l.id, { quantity: e.target.value })}
                    inputMode="numeric"
                    size={5}
                    aria-label={t("inv.qtyOf", { name: l.name })}
                  />
                </td>
                {withCost ? (
                  <td className="align-end">
                    <input
                      className="input-sm num"
                      value={l.unitCost ?? ""}
                      onChange={(e) => update(l.id, { unitCost: e.target.value })}
                      inputMode="decimal"
                      size={7}
                      aria-label={t("inv.unitCost")}
                    />
                  </td>
                ) : null}
                <td className="align-end">
                  <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(lines.filter((x) => x.id !== l.id))}>
                    {t("common.remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
