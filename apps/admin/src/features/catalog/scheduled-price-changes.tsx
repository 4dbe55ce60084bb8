"use client";

import { formatFen, useLocale, useT } from "@o2o/client";
import { AdminCancelPriceChangeDocument, AdminSchedulePriceChangeDocument, type AdminVariantPricesQuery } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { StoreSelect } from "../../components/store-select";
import { formatDateTime } from "../../lib/format-date";
import { parseYuan } from "../../lib/money-input";
import { canInStore, canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { FormAlert } from "../../components/form-field";

type Scheduled = AdminVariantPricesQuery["variantPrices"]["scheduledChanges"];

/** Price changes waiting for their time, and a form to schedule one (a store's, or the base price everywhere). */
export function ScheduledPriceChanges({
  variantId,
  scheduled,
  onChanged,
}: {
  variantId: string;
  scheduled: Scheduled;
  onChanged: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const wide = canMerchantWide(me, "price:write");
  const [storeId, setStoreId] = useState("");
  const [price, setPrice] = useState("");
  const [when, setWhen] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, schedule] = useMutation(AdminSchedulePriceChangeDocument);
  const [, cancel] = useMutation(AdminCancelPriceChangeDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fen = parseYuan(price);
    const at = when ? new Date(when) : null;
    if (fen === null) return setError(t("common.invalidAmount"));
    if (!at || Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) return setError(t("price.futureOnly"));
    if (!storeId && !wide) return setError(t("price.pickStore"));
    const result = await schedule({
      variantId,
      newPrice: fen,
      effectiveAt: at.toISOString(),
      scope: storeId ? "STORE" : "BASE",
      storeId: storeId || null,
      channelType: null,
    });
    if (result.data) {
      setError(null);
      setPrice("");
      setWhen("");
      onChanged();
    } else setError(t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? "" }));
  }

  return (
    <section className="scheduled" aria-label={t("price.scheduled")}>
      <h4>{t("price.scheduled")}</h4>
      {scheduled.length === 0 ? <p className="muted small">{t("price.noScheduled")}</p> : null}
      <ul className="override-list">
        {scheduled.map((c) => (
          <li key={c.id}>
            <span>{formatDateTime(locale, c.effectiveAt)}</span>
            <strong className="num">{formatFen(c.newPrice)}</strong>
            <ConfirmButton
              label={t("common.cancel")}
              className="btn btn-ghost btn-sm"
              message={t("price.cancelScheduledConfirm")}
              danger
              onConfirm={async () => {
                await cancel({ id: c.id });
                onChanged();
              }}
            />
          </li>
        ))}
      </ul>
      {me.permissions.some((g) => g.permission === "price:write") ? (
        <form className="inline-form" onSubmit={onSubmit}>
          <StoreSelect
            label={t("common.store")}
            value={storeId}
            onChange={setStoreId}
            only={(id) => canInStore(me, "price:write", id)}
            allowAll={wide}
          />
          <label className="field field-inline">
            <span>{t("price.newPrice")}</span>
            <input value={price} onChange={(e) => setPrice(e.target.value)} inputMode="decimal" size={8} />
          </label>
          <label className="field field-inline">
            <span>{t("price.effectiveAt")}</span>
            <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-secondary" disabled={fetching}>
            {t("price.schedule")}
          </button>
        </form>
      ) : null}
      <FormAlert message={error} />
    </section>
  );
}
