import { dueScheduledChanges } from "@o2o/domain";
import type { AuditWriter } from "../../audit/audit-writer.ts";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { badInput, invalidField, notFound } from "../../errors/api-errors.ts";
import type { PriceChange as PriceChangeRow, PriceChangeStatus } from "../../generated/prisma/client.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { overrideScope, type PriceTargetRequest, requirePriceWrite, resolvePriceTarget, type PriceTarget } from "./price-scope.ts";
import { emitPriceChanged, lockVariant, recordAppliedChange, scopePrice, writePrice } from "./price-writer.ts";
import type { SchedulePriceChangeArgs, SetPriceOverrideArgs, SetTierPriceArgs, TierPriceArgs } from "./pricing.types.ts";

/** How many due changes one scheduler pass applies; the next pass takes the rest. */
const DUE_BATCH = 500;

export type CancelOutcome =
  | { ok: true; change: PriceChangeRow }
  | { ok: false; code: "PRICE_CHANGE_NOT_SCHEDULED"; message: string; status: PriceChangeStatus };

/**
 * Price writes. Each change locks the variant, writes the price, a PriceChange history row (with the price the scope
 * paid before), an audit row and a PRICE_CHANGED outbox event in one transaction. Tills and the storefront read prices
 * live through the SalePricer, so there is no cache to invalidate.
 */
export class PricingService {
  constructor(
    private readonly db: Db,
    private readonly relay: OutboxRelay,
    private readonly auditWriter: AuditWriter,
  ) {}

  async setBasePrice(viewer: StaffViewer, variantId: string, price: number, audit: RequestAudit) {
    return this.applyNow(viewer, variantId, { scope: "BASE" }, price, undefined, audit, "price.base.set");
  }

  async setOverride(viewer: StaffViewer, args: SetPriceOverrideArgs, audit: RequestAudit) {
    const storeId = args.storeId ?? null;
    if (!storeId && !args.channelType) {
      throw badInput("Give a store, a channel or both; use setBasePrice for the price everywhere.", [
        { field: "storeId", message: "a store or a channel is required" },
      ]);
    }
    const window = { startsAt: args.startsAt ?? null, endsAt: args.endsAt ?? null };
    if (window.startsAt && window.endsAt && window.startsAt >= window.endsAt)
      throw invalidField("endsAt", "endsAt must be after startsAt.");
    if (window.endsAt && window.endsAt <= new Date()) throw invalidField("endsAt", "endsAt is in the past.");
    const scope = overrideScope(storeId, args.channelType ?? null);
    const { written } = await this.applyNow(
      viewer,
      args.variantId,
      { scope, storeId, channelType: args.channelType },
      args.price,
      window,
      audit,
      "price.override.set",
    );
    return written.override!;
  }

  async setTierPrice(viewer: StaffViewer, args: SetTierPriceArgs, audit: RequestAudit) {
    const { written } = await this.applyNow(
      viewer,
      args.variantId,
      { scope: "TIER", tierId: args.tierId },
      args.price,
      undefined,
      audit,
      "price.tier.set",
    );
    return written.tierPrice!;
  }

  /** Deletes an override; the history row's newPrice is what the scope falls back to (a broader override or the base). */
  async removeOverride(viewer: StaffViewer, id: string, audit: RequestAudit): Promise<PriceChangeRow> {
    const found = await this.db.priceOverride.findFirst({ where: { id, variant: { merchantId: viewer.merchantId } } });
    if (!found) throw notFound("Price override", id);
    requirePriceWrite(viewer, found.storeId);
    const change = await this.db.$transaction(async (tx) => {
      const variant = await lockVariant(tx, viewer.merchantId, found.variantId);
      const override = await tx.priceOverride.findUnique({ where: { id } });
      if (!override) throw notFound("Price override", id);
      const at = new Date();
      const target: PriceTarget = {
        scope: overrideScope(override.storeId, override.channelId),
        storeId: override.storeId,
        channelId: override.channelId,
        tierId: null,
      };
      const oldPrice = await scopePrice(tx, variant, target, at);
      const fallback = await scopePrice(tx, variant, target, at, id);
      await tx.priceOverride.delete({ where: { id } });
      const row = await recordAppliedChange(tx, {
        merchantId: viewer.merchantId,
        variant,
        target,
        oldPrice,
        newPrice: fallback,
        effectiveAt: at,
        actorId: viewer.staffId,
        at,
      });
      await audit.record(tx, {
        action: "price.override.remove",
        entityType: "PriceOverride",
        entityId: id,
        storeId: override.storeId,
        before: override,
        after: row,
      });
      return row;
    });
    this.relay.kick();
    return change;
  }

  /** Deletes a tier price; the history row's newPrice is what the tier falls back to (what everyone pays). */
  async removeTierPrice(viewer: StaffViewer, args: TierPriceArgs, audit: RequestAudit): Promise<PriceChangeRow> {
    const change = await this.db.$transaction(async (tx) => {
      const variant = await lockVariant(tx, viewer.merchantId, args.variantId);
      const key = { variantId_tierId: { variantId: variant.id, tierId: args.tierId } };
      const tierPrice = await tx.tierPrice.findUnique({ where: key });
      if (!tierPrice) throw notFound("Tier price", args.tierId);
      const at = new Date();
      const target: PriceTarget = { scope: "TIER", storeId: null, channelId: null, tierId: args.tierId };
      const oldPrice = await scopePrice(tx, variant, target, at);
      await tx.tierPrice.delete({ where: key });
      const row = await recordAppliedChange(tx, {
        merchantId: viewer.merchantId,
        variant,
        target,
        oldPrice,
        newPrice: await scopePrice(tx, variant, target, at),
        effectiveAt: at,
        actorId: viewer.staffId,
        at,
      });
      await audit.record(tx, {
        action: "price.tier.remove",
        entityType: "TierPrice",
        entityId: tierPrice.id,
        before: tierPrice,
        after: row,
      });
      return row;
    });
    this.relay.kick();
    return change;
  }

  async schedule(viewer: StaffViewer, args: SchedulePriceChangeArgs, audit: RequestAudit): Promise<PriceChangeRow> {
    const target = await resolvePriceTarget(this.db, viewer, args);
    if (args.effectiveAt.getTime() <= Date.now()) throw invalidField("effectiveAt", "effectiveAt must be in the future.");
    return this.db.$transaction(async (tx) => {
      const variant = await lockVariant(tx, viewer.merchantId, args.variantId);
      const current = await scopePrice(tx, variant, target, new Date());
      const change = await tx.priceChange.create({
        data: {
          variantId: variant.id,
          scope: target.scope,
          storeId: target.storeId,
          channelId: target.channelId,
          tierId: target.tierId,
          oldPrice: current,
          newPrice: args.newPrice,
          effectiveAt: args.effectiveAt,
          status: "SCHEDULED",
          actorId: viewer.staffId,
        },
      });
      await audit.record(tx, {
        action: "price.schedule",
        entityType: "PriceChange",
        entityId: change.id,
        storeId: target.storeId,
        after: change,
      });
      return change;
    });
  }

  async cancel(viewer: StaffViewer, id: string, audit: RequestAudit): Promise<CancelOutcome> {
    const found = await this.db.priceChange.findFirst({ where: { id, variant: { merchantId: viewer.merchantId } } });
    if (!found) throw notFound("Price change", id);
    requirePriceWrite(viewer, found.storeId);
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.priceChange.updateMany({ where: { id, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
      const after = await tx.priceChange.findUniqueOrThrow({ where: { id } });
      if (count === 0) {
        return {
          ok: false as const,
          code: "PRICE_CHANGE_NOT_SCHEDULED" as const,
          message: `The change is ${after.status.toLowerCase()}, not scheduled.`,
          status: after.status,
        };
      }
      await audit.record(tx, {
        action: "price.schedule.cancel",
        entityType: "PriceChange",
        entityId: id,
        storeId: after.storeId,
        before: found,
        after,
      });
      return { ok: true as const, change: after };
    });
  }

  /**
   * Applies every scheduled change due at `now` (domain order: effectiveAt, then id, so the latest one stands). Each is
   * claimed with a conditional update on its status, so two API instances never apply one twice. Returns how many applied.
   */
  async applyDuePriceChanges(now: Date): Promise<number> {
    const candidates = await this.db.priceChange.findMany({
      where: { status: "SCHEDULED", effectiveAt: { lte: now } },
      include: { variant: { select: { merchantId: true } } },
      orderBy: [{ effectiveAt: "asc" }, { id: "asc" }],
      take: DUE_BATCH,
    });
    let applied = 0;
    for (const change of dueScheduledChanges(candidates, now)) {
      try {
        if (await this.applyScheduled(change, change.variant.merchantId)) applied++;
      } catch (error) {
        // One broken change (e.g. its store was removed) must not hold back the others; it stays SCHEDULED.
        console.error(`[pricing] could not apply scheduled price change ${change.id}`, error);
      }
    }
    if (applied > 0) this.relay.kick();
    return applied;
  }

  private async applyScheduled(change: PriceChangeRow, merchantId: string): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const at = new Date();
      const claimed = await tx.priceChange.updateMany({
        where: { id: change.id, status: "SCHEDULED" },
        data: { status: "APPLIED", appliedAt: at },
      });
      if (claimed.count === 0) return false;
      const variant = await lockVariant(tx, merchantId, change.variantId);
      const target: PriceTarget = { scope: change.scope, storeId: change.storeId, channelId: change.channelId, tierId: change.tierId };
      const written = await writePrice(tx, variant, { target, price: change.newPrice }, at);
      const after = await tx.priceChange.update({ where: { id: change.id }, data: { oldPrice: written.oldPrice } });
      await emitPriceChanged(tx, merchantId, variant, target, change.newPrice, at);
      await this.auditWriter.write(tx, {
        merchantId,
        actor: { type: "SYSTEM", id: null },
        action: "price.schedule.apply",
        entityType: "PriceChange",
        entityId: change.id,
        storeId: change.storeId,
        before: change,
        after,
      });
      return true;
    });
  }

  private async applyNow(
    viewer: StaffViewer,
    variantId: string,
    req: PriceTargetRequest,
    price: number,
    window: { startsAt: Date | null; endsAt: Date | null } | undefined,
    audit: RequestAudit,
    action: string,
  ) {
    const target = await resolvePriceTarget(this.db, viewer, req);
    const result = await this.db.$transaction(async (tx) => {
      const at = new Date();
      const variant = await lockVariant(tx, viewer.merchantId, variantId);
      const written = await writePrice(tx, variant, { target, price, window }, at);
      const change = await recordAppliedChange(tx, {
        merchantId: viewer.merchantId,
        variant,
        target,
        oldPrice: written.oldPrice,
        newPrice: price,
        effectiveAt: window?.startsAt && window.startsAt > at ? window.startsAt : at,
        actorId: viewer.staffId,
        at,
      });
      await audit.record(tx, {
        action,
        entityType: target.scope === "BASE" ? "Variant" : target.scope === "TIER" ? "TierPrice" : "PriceOverride",
        entityId: written.override?.id ?? written.tierPrice?.id ?? variant.id,
        storeId: target.storeId,
        before: { price: written.oldPrice },
        after: { ...target, price, window: window ?? null, priceChangeId: change.id },
      });
      return { change, written };
    });
    this.relay.kick();
    return result;
  }
}
