"use client";

import { formatFen, useT } from "@o2o/client";
import { AdminFindVariantsDocument } from "@o2o/schema";
import { useEffect, useId, useState } from "react";
import { useQuery } from "urql";
import { variantLabel } from "../lib/variant-label";

export type PickedVariant = { id: string; sku: string; name: string; productName: string; basePrice: number };

/** Type a name, pinyin, SKU or barcode and pick a variant from what matches. */
export function VariantPicker({ onPick, label }: { onPick: (variant: PickedVariant) => void; label?: string }) {
  const t = useT();
  const id = useId();
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), 250);
    return () => clearTimeout(timer);
  }, [input]);
  const [{ data, fetching }] = useQuery({ query: AdminFindVariantsDocument, variables: { search }, pause: search.length < 1 });
  const variants = (data?.products.edges ?? []).flatMap((e) =>
    e.node.variants.map((v) => ({ id: v.id, sku: v.sku, name: v.name, productName: e.node.name, basePrice: v.basePrice })),
  );
  return (
    <div className="variant-picker">
      <label htmlFor={id}>{label ?? t("common.variant")}</label>
      <input
        id={id}
        type="search"
        value={input}
        placeholder={t("common.pickVariant")}
        onChange={(e) => setInput(e.target.value)}
        autoComplete="off"
        maxLength={100}
      />
      {search ? (
        <ul className="picker-results" aria-busy={fetching}>
          {variants.length === 0 && !fetching ? <li className="muted">{t("common.noMatches")}</li> : null}
          {variants.slice(0, 12).map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className="picker-option"
                onClick={() => {
                  onPick(v);
                  setInput("");
                  setSearch("");
                }}
              >
                <span>
                  <strong>{v.productName}</strong>
                  {variantLabel(v.productName, v.name) === v.productName ? null : ` · ${v.name}`}
                </span>
                <span className="muted mono small">
                  {v.sku} · {formatFen(v.basePrice)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
