import { resolveUnitPrice } from "@o2o/domain";
import type { Tx } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import type { PriceOverride as PriceOverrideRow, TierPrice as TierPriceRow } from "../../generated/prisma/client.ts";
import { emit } from "../../outbox/outbox.ts";
import { type PriceTarget, priceScopeKey, scopeContext } from "./price-scope.ts";

export type LockedVariant = { id: string; productId: string; basePrice: number };

/**
 * Locks the variant's row for the rest of the transaction: every price write of a variant goes through here first,
 * so two writers never read the same "old price" and the history stays a true sequence.
 */
export async function lockVariant(tx: Tx, merchantId: string, variantId: string): Promise<LockedVariant> {
  const rows = await tx.$queryRawUnsafe<LockedVariant[]>(
    `SELECT id, "productId", "basePrice" FROM "Variant" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
    variantId,
    merchantId,
  );
  const row = rows[0];
  if (!row) throw notFound("Variant", variantId);
  return { ...row, basePrice: Number(row.basePrice) };
}

/** The price a scope sees now (domain rule), from the variant's base price, overrides and tier prices. */
export async function scopePrice(tx: Tx, variant: LockedVariant, target: PriceTarget, at: Date, skipOverrideId?: string): Promise<number> {
  const [overrides, tierPrices] = await Promise.all([
    tx.priceOverride.findMany({ where: { variantId: variant.id, ...(skipOverrideId ? { id: { not: skipOverrideId } } : {}) } }),
    target.tierId ? tx.tierPrice.findMany({ where: { variantId: variant.id, tierId: target.tierId } }) : [],
  ]);
  return resolveUnitPrice({ basePrice: variant.basePrice, overrides, tierPrices, context: scopeContext(target, at) }).price;
}

export type PriceWrite = {
  target: PriceTarget;
  price: number;
  /** overrides only */
  window?: { startsAt: Date | null; endsAt: Date | null };
};

export type PriceWritten = { oldPrice: number; override: PriceOverrideRow | null; tierPrice: TierPriceRow | null };

/** Writes one price (base, override or tier price) of a locked variant; returns what the scope paid before. */
export async function writePrice(tx: Tx, variant: LockedVariant, write: PriceWrite, at: Date): Promise<PriceWritten> {
  const { target, price } = write;
  const oldPrice = await scopePrice(tx, variant, target, at);
  if (target.scope === "BASE") {
    await tx.variant.update({ where: { id: variant.id }, data: { basePrice: price } });
    return { oldPrice, override: null, tierPrice: null };
  }
  if (target.scope === "TIER") {
    const tierId = target.tierId as string;
    const tierPrice = await tx.tierPrice.upsert({
      where: { variantId_tierId: { variantId: variant.id, tierId } },
      create: { variantId: variant.id, tierId, price },
      update: { price },
    });
    return { oldPrice, override: null, tierPrice };
  }
  const window = { startsAt: write.window?.startsAt ?? null, endsAt: write.window?.endsAt ?? null };
  const override = await tx.priceOverride.upsert({
    where: { variantId_scopeKey: { variantId: variant.id, scopeKey: priceScopeKey(target.channelId, target.storeId) } },
    create: {
      variantId: variant.id,
      channelId: target.channelId,
      storeId: target.storeId,
      scopeKey: priceScopeKey(target.channelId, target.storeId),
      price,
      ...window,
    },
    update: { price, ...window },
  });
  return { oldPrice, override, tierPrice: null };
}

export type AppliedChange = {
  merchantId: string;
  variant: LockedVariant;
  target: PriceTarget;
  oldPrice: number;
  newPrice: number;
  effectiveAt: Date;
  actorId: string | null;
  at: Date;
};

/** The history row of an applied change and its PRICE_CHANGED event, in the caller's transaction. */
export async function recordAppliedChange(tx: Tx, c: AppliedChange) {
  const change = await tx.priceChange.create({
    data: {
      variantId: c.variant.id,
      scope: c.target.scope,
      storeId: c.target.storeId,
      channelId: c.target.channelId,
      tierId: c.target.tierId,
      oldPrice: c.oldPrice,
      newPrice: c.newPrice,
      effectiveAt: c.effectiveAt,
      appliedAt: c.at,
      status: "APPLIED",
      actorId: c.actorId,
    },
  });
  await emitPriceChanged(tx, c.merchantId, c.variant, c.target, c.newPrice, c.at);
  return change;
}

export async function emitPriceChanged(tx: Tx, merchantId: string, variant: LockedVariant, target: PriceTarget, price: number, at: Date) {
  await emit(tx, "PRICE_CHANGED", {
    merchantId,
    variantId: variant.id,
    productId: variant.productId,
    scope: target.scope,
    storeId: target.storeId,
    channelId: target.channelId,
    price,
    at: at.toISOString(),
  });
}
