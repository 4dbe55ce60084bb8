"use client";

import { formatFen, useT, errorDetail } from "@o2o/client";
import { AdminMemberTiersDocument, AdminRemoveTierPriceDocument, AdminSetTierPriceDocument } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { DataTable } from "../../components/data-table";
import { FieldAlert } from "../../components/form-field";
import { parseYuan } from "../../lib/money-input";

type Tier = { id: string; name: string };
type TierPrice = { tierId: string; price: number };

/** One tier's row: its member price, and with merchant-wide price:write a new price or removing it. */
function TierPriceRow({
  variantId,
  tier,
  current,
  canWrite,
  onChanged,
}: {
  variantId: string;
  tier: Tier;
  current: number | null;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [price, setPrice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, setTierPrice] = useMutation(AdminSetTierPriceDocument);
  const [, removeTierPrice] = useMutation(AdminRemoveTierPriceDocument);
  const failed = (message?: string) => setError(t("common.failed", { message: message ?? "" }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fen = parseYuan(price);
    if (fen === null) return setError(t("common.invalidAmount"));
    const res = await setTierPrice({ variantId, tierId: tier.id, price: fen });
    if (!res.data) return failed(errorDetail(res.error));
    setPrice("");
    setError(null);
    onChanged();
  }

  return (
    <tr>
      <th scope="row">{tier.name}</th>
      <td className="num">{current === null ? <span className="muted">{t("tierPrice.none")}</span> : formatFen(current)}</td>
      {canWrite ? (
        <td>
          <form className="inline-form" onSubmit={onSubmit} aria-label={t("tierPrice.setFor", { tier: tier.name })}>
            <input
              className="input-sm"
              value={price}
              onChange={(e) => setPrice(e.target.value)}
              inputMode="decimal"
              placeholder="0.00"
              aria-label={t("tierPrice.newFor", { tier: tier.name })}
            />
            <button type="submit" className="btn btn-secondary btn-sm" disabled={fetching || !price.trim()}>
              {t("tierPrice.set")}
            </button>
            {current !== null ? (
              <ConfirmButton
                label={t("common.remove")}
                className="btn btn-ghost btn-sm"
                message={t("tierPrice.removeConfirm", { tier: tier.name })}
                danger
                onConfirm={async () => {
                  const res = await removeTierPrice({ variantId, tierId: tier.id });
                  if (!res.data) return failed(errorDetail(res.error));
                  setError(null);
                  onChanged();
                }}
              />
            ) : null}
          </form>
          <FieldAlert message={error} />
        </td>
      ) : null}
    </tr>
  );
}

/** Member prices of a SKU per tier: what a member of that tier pays, in every store and channel, when lower. */
export function TierPrices({
  variantId,
  tierPrices,
  canWrite,
  onChanged,
}: {
  variantId: string;
  tierPrices: readonly TierPrice[];
  canWrite: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [{ data }] = useQuery({ query: AdminMemberTiersDocument });
  const tiers = data?.memberTiers ?? [];
  if (tiers.length === 0) return null;
  const priceOf = (tierId: string) => tierPrices.find((p) => p.tierId === tierId)?.price ?? null;
  return (
    <section className="tier-prices" aria-labelledby={`tier-prices-${variantId}`}>
      <h4 id={`tier-prices-${variantId}`}>{t("tierPrice.title")}</h4>
      <p className="muted small">{t("tierPrice.hint")}</p>
      <DataTable
        compact
        label={t("tierPrice.title")}
        columns={[t("tierPrice.tier"), { label: t("tierPrice.price"), end: true }, ...(canWrite ? [t("common.actions")] : [])]}
      >
        {tiers.map((tier) => (
          <TierPriceRow
            key={tier.id}
            variantId={variantId}
            tier={tier}
            current={priceOf(tier.id)}
            canWrite={canWrite}
            onChanged={onChanged}
          />
        ))}
      </DataTable>
    </section>
  );
}
