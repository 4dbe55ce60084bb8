import { availableToSell, insufficientStock, isLowStock } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import { authz, type Scope, type StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import { emit } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { Topic } from "../../outbox/topics.ts";
import { likeLiteral } from "../../db/like-literal.ts";
import { barcodeLookupForms } from "../catalog/catalog.service.ts";
import { SortDirection } from "../../graphql/sorting.ts";
import {
  type AdjustStockInput,
  type StockLevelFilter,
  type StockLevelSort,
  StockLevelSortField,
  type StockMovementFilter,
} from "./inventory.types.ts";
import { applyStockDelta, checkAdjustmentSign, type StockLevelRow } from "./stock-adjustment.ts";

export type AdjustOutcome =
  | { ok: true; level: StockLevelRow }
  | { ok: false; code: "INSUFFICIENT_STOCK"; message: string; available: number; requested: number };

/** Available to sell and the low-stock flag of a level, by the domain's rules. */
export function stockFigures(level: { onHand: number; reserved: number; lowStockThreshold: number | null }) {
  return {
    available: availableToSell(level.onHand, level.reserved),
    isLow: level.lowStockThreshold !== null && isLowStock(level.onHand, level.reserved, level.lowStockThreshold),
  };
}

/** Stock per location: store-scoped reads, and hand adjustments as single conditional updates with ledger and events. */
export class InventoryService {
  constructor(
    private readonly db: Db,
    private readonly relay: OutboxRelay,
  ) {}

  /** `locationId` narrows to one location the caller has already authorised; otherwise the scope limits the list. */
  private locationWhere(merchantId: string, scope: Scope, locationId: string | null | undefined) {
    if (locationId) return { locationId, location: { merchantId } };
    const inScope = authz.storeFilter(scope);
    return { location: { merchantId }, ...(inScope ? { locationId: inScope } : {}) };
  }

  async listLevels(
    merchantId: string,
    scope: Scope,
    filter: StockLevelFilter | null | undefined,
    sort: StockLevelSort | null | undefined,
    page: PageArgs,
  ): Promise<Connection<StockLevelRow>> {
    const f = filter ?? {};
    const and: Prisma.StockLevelWhereInput[] = [this.locationWhere(merchantId, scope, f.locationId)];
    if (f.variantId) and.push({ variantId: f.variantId });
    if (f.productId) and.push({ variant: { productId: f.productId } });
    const term = f.search?.trim();
    if (term) {
      const pattern = likeLiteral(term);
      const codes = barcodeLookupForms(term);
      and.push({
        variant: {
          OR: [
            { sku: { contains: pattern, mode: "insensitive" } },
            { name: { contains: pattern, mode: "insensitive" } },
            { product: { name: { contains: pattern, mode: "insensitive" } } },
            ...(codes.length ? [{ barcodes: { some: { code: { in: codes } } } }] : []),
          ],
        },
      });
    }
    if (f.lowOnly) and.push({ id: { in: await this.lowLevelIds(merchantId, scope, f.locationId) } });
    const where: Prisma.StockLevelWhereInput = { AND: and };
    const dir = (sort?.direction ?? SortDirection.DESC) === SortDirection.ASC ? "asc" : "desc";
    const column = sort?.field === StockLevelSortField.ON_HAND ? "onHand" : "updatedAt";
    const orderBy: Prisma.StockLevelOrderByWithRelationInput[] = [{ [column]: dir }, { id: dir }];
    return paginate(
      page,
      (p) => this.db.stockLevel.findMany({ where, orderBy, ...p }),
      () => this.db.stockLevel.count({ where }),
    );
  }

  /** Levels at or below their threshold. Prisma cannot compare a column with an expression of two others. */
  private async lowLevelIds(merchantId: string, scope: Scope, locationId: string | null | undefined): Promise<string[]> {
    const locations = locationId ? [locationId] : scope === "ALL" ? null : [...scope];
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "StockLevel" s JOIN "Store" l ON l."id" = s."locationId"
      WHERE l."merchantId" = ${merchantId}
        AND s."lowStockThreshold" IS NOT NULL
        AND GREATEST(s."onHand" - s."reserved", 0) <= s."lowStockThreshold"
        ${locations ? Prisma.sql`AND s."locationId" IN (${Prisma.join(locations.length ? locations : [""])})` : Prisma.empty}`;
    return rows.map((r) => r.id);
  }

  async listMovements(merchantId: string, scope: Scope, filter: StockMovementFilter | null | undefined, page: PageArgs) {
    const f = filter ?? {};
    const where: Prisma.StockMovementWhereInput = {
      ...this.locationWhere(merchantId, scope, f.locationId),
      ...(f.variantId ? { variantId: f.variantId } : {}),
      ...(f.reason ? { reason: f.reason } : {}),
      ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
    };
    return paginate(
      page,
      (p) => this.db.stockMovement.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.stockMovement.count({ where }),
    );
  }

  /** A hand adjustment in one location (the caller holds stock:write there). Never takes on hand below zero. */
  async adjust(viewer: StaffViewer, input: AdjustStockInput, audit: RequestAudit): Promise<AdjustOutcome> {
    checkAdjustmentSign(input.reason, input.delta);
    const merchantId = viewer.merchantId;
    const [location, variant] = await Promise.all([
      this.db.store.findFirst({ where: { id: input.locationId, merchantId }, select: { id: true } }),
      this.db.variant.findFirst({ where: { id: input.variantId, merchantId }, select: { id: true, sku: true } }),
    ]);
    if (!location) throw notFound("Store", input.locationId);
    if (!variant) throw notFound("Variant", input.variantId);

    const outcome = await this.db.$transaction(
      async (tx): Promise<AdjustOutcome> => {
        const level = await applyStockDelta(tx, variant.id, location.id, input.delta);
        if (!level) {
          const current = await tx.stockLevel.findUnique({
            where: { variantId_locationId: { variantId: variant.id, locationId: location.id } },
          });
          const onHand = Math.max(0, current?.onHand ?? 0);
          const requested = -input.delta;
          return { ...insufficientStock(onHand, requested), requested };
        }
        const movement = await tx.stockMovement.create({
          data: {
            variantId: variant.id,
            locationId: location.id,
            reason: input.reason,
            delta: input.delta,
            onHandAfter: level.onHand,
            actorId: viewer.staffId,
            note: input.note ?? null,
          },
        });
        await audit.record(tx, {
          action: "stock.adjust",
          entityType: "StockLevel",
          entityId: level.id,
          storeId: location.id,
          before: { variantId: variant.id, sku: variant.sku, onHand: level.onHand - input.delta, reserved: level.reserved },
          after: {
            variantId: variant.id,
            sku: variant.sku,
            onHand: level.onHand,
            reserved: level.reserved,
            reason: input.reason,
            delta: input.delta,
            movementId: movement.id,
          },
        });
        const { available } = stockFigures(level);
        const at = new Date().toISOString();
        await emit(tx, Topic.STOCK_CHANGED, {
          merchantId,
          variantId: variant.id,
          locationId: location.id,
          onHand: level.onHand,
          reserved: level.reserved,
          available,
          reason: input.reason,
          at,
        });
        // Alert when a decrease leaves the level at or below its threshold (not when a receipt still leaves it low).
        if (input.delta < 0 && level.lowStockThreshold !== null && available <= level.lowStockThreshold) {
          await emit(tx, Topic.LOW_STOCK_ALERT, {
            merchantId,
            variantId: variant.id,
            locationId: location.id,
            available,
            threshold: level.lowStockThreshold,
            at,
          });
        }
        return { ok: true, level };
      },
      // Adjustments to one level queue on its row lock; allow them time to get a connection.
      { maxWait: 10_000, timeout: 15_000 },
    );
    if (outcome.ok) void this.relay.kick();
    return outcome;
  }
}
