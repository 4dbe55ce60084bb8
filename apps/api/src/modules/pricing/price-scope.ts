import { authz, type StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { badInput, notFound } from "../../errors/api-errors.ts";
import type { ChannelType, PriceScope } from "../../generated/prisma/enums.ts";

/** Where one price applies; ids are the merchant's, already checked. */
export type PriceTarget = { scope: PriceScope; storeId: string | null; channelId: string | null; tierId: string | null };

export type PriceTargetRequest = {
  scope: PriceScope;
  storeId?: string | null;
  channelType?: ChannelType | null;
  tierId?: string | null;
};

/** The parts each scope needs (true) and refuses (false). */
const SHAPE: Record<PriceScope, { store: boolean; channel: boolean; tier: boolean }> = {
  BASE: { store: false, channel: false, tier: false },
  CHANNEL: { store: false, channel: true, tier: false },
  STORE: { store: true, channel: false, tier: false },
  STORE_CHANNEL: { store: true, channel: true, tier: false },
  TIER: { store: false, channel: false, tier: true },
};

/** PriceOverride is unique per variant on this key: "c:<channelId>|s:<storeId>", empty parts for null. */
export function priceScopeKey(channelId: string | null, storeId: string | null): string {
  return `c:${channelId ?? ""}|s:${storeId ?? ""}`;
}

/** The scope of an override by which of store and channel it names. */
export function overrideScope(storeId: string | null, channelId: string | null): PriceScope {
  if (storeId && channelId) return "STORE_CHANNEL";
  if (storeId) return "STORE";
  if (channelId) return "CHANNEL";
  return "BASE";
}

/**
 * The context in which a scope's price is read with the domain's resolveUnitPrice: an empty id matches no override of
 * another store or channel, so a STORE target reads the store's price in channels without their own override.
 */
export function scopeContext(target: PriceTarget, at: Date) {
  return { channelId: target.channelId ?? "", storeId: target.storeId ?? "", tierId: target.tierId, at };
}

/** price:write in the store for store prices, merchant-wide for base, channel and tier prices. */
export function requirePriceWrite(viewer: StaffViewer, storeId: string | null): void {
  if (storeId) authz.requireInStore(viewer, "price:write", storeId);
  else authz.requireMerchantWide(viewer, "price:write");
}

/**
 * Checks the request has exactly the parts its scope needs, that the viewer holds price:write there, and that every part
 * belongs to the merchant; resolves the channel id.
 */
export async function resolvePriceTarget(db: Db | Tx, viewer: StaffViewer, req: PriceTargetRequest): Promise<PriceTarget> {
  const merchantId = viewer.merchantId;
  const shape = SHAPE[req.scope];
  const problems: { field: string; message: string }[] = [];
  const check = (field: string, given: boolean, needed: boolean) => {
    if (given && !needed) problems.push({ field, message: `not allowed for a ${req.scope} price` });
    if (!given && needed) problems.push({ field, message: `required for a ${req.scope} price` });
  };
  check("storeId", Boolean(req.storeId), shape.store);
  check("channelType", Boolean(req.channelType), shape.channel);
  check("tierId", Boolean(req.tierId), shape.tier);
  if (problems.length) throw badInput(problems.map((p) => `${p.field}: ${p.message}`).join("; "), problems);
  requirePriceWrite(viewer, req.storeId ?? null);

  const [store, channel, tier] = await Promise.all([
    req.storeId ? db.store.findFirst({ where: { id: req.storeId, merchantId }, select: { id: true } }) : null,
    req.channelType
      ? db.salesChannel.findUnique({ where: { merchantId_type: { merchantId, type: req.channelType } }, select: { id: true } })
      : null,
    req.tierId ? db.memberTier.findFirst({ where: { id: req.tierId, merchantId }, select: { id: true } }) : null,
  ]);
  if (req.storeId && !store) throw notFound("Store", req.storeId);
  if (req.channelType && !channel) throw notFound("Sales channel", req.channelType);
  if (req.tierId && !tier) throw notFound("Member tier", req.tierId);
  return { scope: req.scope, storeId: store?.id ?? null, channelId: channel?.id ?? null, tierId: tier?.id ?? null };
}
