"use client";

import { useT, errorDetail } from "@o2o/client";
import { AdminSetBasePriceDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { parseYuan } from "../../lib/money-input";

/** Changes the price everywhere without an override (merchant-wide price:write), after a confirmation. */
export function BasePriceForm({ variantId, onSaved }: { variantId: string; onSaved: () => void }) {
  const t = useT();
  const [price, setPrice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [, setBase] = useMutation(AdminSetBasePriceDocument);
  const fen = parseYuan(price);
  return (
    <div className="inline-form">
      <label className="field field-inline">
        <span>{t("price.newBase")}</span>
        <input value={price} onChange={(e) => setPrice(e.target.value)} inputMode="decimal" size={8} />
      </label>
      <ConfirmButton
        label={t("price.setBase")}
        disabled={fen === null}
        message={t("price.setBaseConfirm", { price: price })}
        onConfirm={async () => {
          if (fen === null) return;
          const res = await setBase({ variantId, price: fen });
          if (res.data) {
            setPrice("");
            setError(null);
            onSaved();
          } else setError(t("common.failed", { message: errorDetail(res.error) }));
        }}
      />
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
