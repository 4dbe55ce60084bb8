"use client";

import { ErrorState, formatFen, LoadingState, type Translate, useT } from "@o2o/client";
import { AdminRemovePriceOverrideDocument, AdminSetPriceOverrideDocument, AdminVariantPricesDocument, type ChannelType } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { StoreSelect } from "../../components/store-select";
import { isMessageKey } from "../../i18n/messages";
import { parseYuan } from "../../lib/money-input";
import { canInStore, canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { BasePriceForm } from "./base-price-form";
import { ScheduledPriceChanges } from "./scheduled-price-changes";
import { TierPrices } from "./tier-prices";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

export function channelLabel(t: Translate, type: string): string {
  const key = `channel.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

function scopeLabel(t: Translate, scope: string): string {
  const key = `price.source.${scope}`;
  return isMessageKey(key) ? t(key) : scope;
}

/** A SKU's price in every store and channel, its overrides, member tier prices, and forms to set them. */
export function VariantPrices({ variantId }: { variantId: string }) {
  const t = useT();
  const me = useMe();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminVariantPricesDocument,
    variables: { variantId },
    requestPolicy: "cache-and-network",
  });
  const [storeId, setStoreId] = useState("");
  const [channel, setChannel] = useState<ChannelType | "">("");
  const [price, setPrice] = useState("");
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [{ fetching: saving }, setOverride] = useMutation(AdminSetPriceOverrideDocument);
  const [, removeOverride] = useMutation(AdminRemovePriceOverrideDocument);
  const canSetIn = (id: string) => canInStore(me, "price:write", id);
  const wide = canMerchantWide(me, "price:write");

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fen = parseYuan(price);
    if (fen === null) return setMessage({ kind: "error", text: t("common.invalidAmount") });
    if (!storeId && !wide) return setMessage({ kind: "error", text: t("price.pickStore") });
    const result = await setOverride({ variantId, price: fen, storeId: storeId || null, channelType: channel || null });
    if (result.data) {
      setMessage({ kind: "ok", text: t("price.overrideSaved") });
      setPrice("");
      refresh();
    } else setMessage({ kind: "error", text: t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? "" }) });
  }

  if (error && !data) return <ErrorState error={error} onRetry={refresh} />;
  if (!data) return fetching ? <LoadingState /> : null;
  const prices = data.variantPrices;
  const stores = [...new Map(prices.cells.map((c) => [c.store.id, c.store])).values()];
  const channels = [...new Map(prices.cells.map((c) => [c.channel.type, c.channel])).values()];
  const cell = (storeId: string, type: string) => prices.cells.find((c) => c.store.id === storeId && c.channel.type === type);

  return (
    <div className="price-panel">
      <p className="muted">
        {t("price.base")}: <strong className="num">{formatFen(prices.basePrice)}</strong>
      </p>
      <div className="table-wrap">
        <table className="table table-compact" aria-label={t("price.matrix")}>
          <thead>
            <tr>
              <th scope="col">{t("common.store")}</th>
              {channels.map((c) => (
                <th key={c.type} scope="col" className="align-end">
                  {channelLabel(t, c.type)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stores.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                {channels.map((c) => {
                  const x = cell(s.id, c.type);
                  return (
                    <td key={c.type} className="align-end num" data-store={s.code} data-channel={c.type}>
                      {x ? formatFen(x.price) : "—"}
                      {x && x.source !== "BASE" ? <span className="badge badge-brand badge-xs">{scopeLabel(t, x.source)}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {prices.overrides.length > 0 ? (
        <ul className="override-list" aria-label={t("price.overrides")}>
          {prices.overrides.map((o) => (
            <li key={o.id}>
              <span>
                {o.store?.name ?? t("common.allStores")} · {o.channel ? channelLabel(t, o.channel.type) : t("price.allChannels")}
              </span>
              <strong className="num">{formatFen(o.price)}</strong>
              {(o.storeId ? canSetIn(o.storeId) : wide) ? (
                <ConfirmButton
                  label={t("common.remove")}
                  className="btn btn-ghost btn-sm"
                  message={t("price.removeConfirm")}
                  danger
                  onConfirm={async () => {
                    await removeOverride({ id: o.id });
                    refresh();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}

      {wide || me.permissions.some((g) => g.permission === "price:write") ? (
        <form className="inline-form" onSubmit={onSubmit} aria-label={t("price.setOverride")}>
          <StoreSelect label={t("common.store")} value={storeId} onChange={setStoreId} only={canSetIn} allowAll={wide} />
          <label className="field field-inline">
            <span>{t("common.channel")}</span>
            <select value={channel} onChange={(e) => setChannel(e.target.value as ChannelType | "")}>
              <option value="">{t("price.allChannels")}</option>
              {channels.map((c) => (
                <option key={c.type} value={c.type}>
                  {channelLabel(t, c.type)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-inline">
            <span>{t("price.newPrice")}</span>
            <input value={price} onChange={(e) => setPrice(e.target.value)} inputMode="decimal" placeholder="0.00" size={8} />
          </label>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {t("price.setOverride")}
          </button>
        </form>
      ) : null}
      {message ? (
        <p className={message.kind === "ok" ? "alert alert-info" : "alert alert-error"} role={message.kind === "ok" ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      <TierPrices variantId={variantId} tierPrices={prices.tierPrices} canWrite={wide} onChanged={refresh} />
      {wide ? <BasePriceForm variantId={variantId} onSaved={refresh} /> : null}
      <ScheduledPriceChanges variantId={variantId} scheduled={prices.scheduledChanges} onChanged={refresh} />
    </div>
  );
}
