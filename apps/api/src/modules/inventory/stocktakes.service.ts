import { randomUUID } from "node:crypto";
import { stocktakeVariance } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { invalidField, notFound } from "../../errors/api-errors.ts";
import type { StocktakeStatus } from "../../generated/prisma/enums.ts";
import { emitAll } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { insertNumbered } from "./document-number.ts";
import { entriesOf, type LedgerSource, stockEvents, writeMovements } from "./stock-ledger.ts";
import { upsertLevels } from "./stock-level-changes.ts";
import { requireLocations, requireVariants } from "./stock-references.ts";
import type { RecordCountsInput, StartStocktakeInput } from "./stocktakes.types.ts";

export type StocktakeRow = {
  id: string;
  locationId: string;
  number: string;
  status: StocktakeStatus;
  note: string | null;
  createdById: string | null;
  completedAt: Date | null;
  createdAt: Date;
};

export type StocktakeFailure = {
  code: "STOCKTAKE_NOT_OPEN" | "STOCKTAKE_OVERLAP";
  message: string;
  status: StocktakeStatus | null;
  conflictingStocktakeId: string | null;
};

export type StocktakeOutcome = { ok: true; stocktake: StocktakeRow } | ({ ok: false } & StocktakeFailure);

class StocktakeRejected extends Error {
  constructor(readonly failure: StocktakeFailure) {
    super(failure.message);
  }
}

/**
 * Stocktakes (盘点). The rule for stock that moves while counting: each line's `expected` is the on hand on the books
 * when the line was counted (the start snapshot until then), and completing adds `counted − expected` to on hand as a
 * delta rather than overwriting it. So a sale after the shelf was counted stays deducted (on hand ends at counted −
 * sold since the count), and a sale before the count is already in both the books and the shelf (on hand ends at
 * counted). Uncounted lines are left alone. Only lines counted during the stocktake change stock.
 */
export class StocktakesService {
  constructor(
    private readonly db: Db,
    private readonly catalog: CatalogService,
    private readonly relay: OutboxRelay,
  ) {}

  /** Snapshots the books of the chosen variants; refuses to overlap another open stocktake of the same location. */
  async start(viewer: StaffViewer, input: StartStocktakeInput, audit: RequestAudit): Promise<StocktakeOutcome> {
    const { locationId } = input;
    if (input.variantIds && input.categoryId) throw invalidField("categoryId", "Give variantIds or categoryId, not both.");
    await requireLocations(this.db, viewer.merchantId, [locationId]);
    const variantIds = input.variantIds ? [...new Set(input.variantIds)].sort() : null;
    if (variantIds) await requireVariants(this.db, viewer.merchantId, variantIds);
    let categoryIds: string[] | null = null;
    if (input.categoryId) {
      const category = await this.db.category.findFirst({
        where: { id: input.categoryId, merchantId: viewer.merchantId },
        select: { id: true },
      });
      if (!category) throw notFound("Category", input.categoryId);
      categoryIds = await this.catalog.categoryWithDescendants(viewer.merchantId, category.id);
    }
    const at = new Date();
    const note = input.note?.trim() || null;
    return this.run(async (tx) => {
      // One start at a time per location, so two overlapping stocktakes cannot both pass the overlap check. (NO KEY
      // UPDATE does not block the foreign-key locks that sales and movements take on the store row.)
      await tx.$queryRawUnsafe(`SELECT id FROM "Store" WHERE id = $1 FOR NO KEY UPDATE`, locationId);
      const id = randomUUID();
      const number = await insertNumbered("ST", at, async (candidate) => {
        const rows = await tx.$queryRawUnsafe<{ number: string }[]>(
          `INSERT INTO "Stocktake" (id, "locationId", number, status, note, "createdById", "createdAt")
           VALUES ($1, $2, $3, 'OPEN', $4, $5, $6::timestamptz) ON CONFLICT (number) DO NOTHING RETURNING number`,
          id,
          locationId,
          candidate,
          note,
          viewer.staffId,
          at,
        );
        return rows[0]?.number ?? null;
      });
      const lines = await this.snapshot(tx, id, locationId, variantIds, categoryIds);
      if (lines === 0) throw invalidField(categoryIds ? "categoryId" : "locationId", "Nothing to count: no variant is stocked there.");
      const overlap = await tx.$queryRawUnsafe<{ id: string; number: string }[]>(
        `SELECT o.id, o.number FROM "Stocktake" o
          WHERE o."locationId" = $1 AND o.status = 'OPEN' AND o.id <> $2
            AND EXISTS (SELECT 1 FROM "StocktakeLine" a JOIN "StocktakeLine" b ON b."variantId" = a."variantId"
                         WHERE a."stocktakeId" = o.id AND b."stocktakeId" = $2)
          ORDER BY o."createdAt" LIMIT 1`,
        locationId,
        id,
      );
      const other = overlap[0];
      if (other) {
        throw new StocktakeRejected({
          code: "STOCKTAKE_OVERLAP",
          message: `Stocktake ${other.number} is already counting some of these variants here; complete or cancel it first.`,
          status: null,
          conflictingStocktakeId: other.id,
        });
      }
      await audit.record(tx, {
        action: "stocktake.start",
        entityType: "Stocktake",
        entityId: id,
        storeId: locationId,
        after: { number, lines, variantIds: variantIds?.length ?? null, categoryId: input.categoryId ?? null, note },
      });
      return tx.stocktake.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Writes `expected` = on hand now for the chosen variants, in one statement; returns the number of lines. */
  private async snapshot(tx: Tx, stocktakeId: string, locationId: string, variantIds: string[] | null, categoryIds: string[] | null) {
    if (variantIds) {
      return tx.$executeRawUnsafe(
        `INSERT INTO "StocktakeLine" (id, "stocktakeId", "variantId", expected)
         SELECT x.id, $1, x.variant, COALESCE(s."onHand", 0)
           FROM unnest($3::text[], $4::text[]) AS x(id, variant)
           LEFT JOIN "StockLevel" s ON s."variantId" = x.variant AND s."locationId" = $2`,
        stocktakeId,
        locationId,
        variantIds.map(() => randomUUID()),
        variantIds,
      );
    }
    return tx.$executeRawUnsafe(
      `INSERT INTO "StocktakeLine" (id, "stocktakeId", "variantId", expected)
       SELECT gen_random_uuid()::text, $1, s."variantId", s."onHand"
         FROM "StockLevel" s JOIN "Variant" v ON v.id = s."variantId" JOIN "Product" p ON p.id = v."productId"
        WHERE s."locationId" = $2 ${categoryIds ? `AND p."categoryId" = ANY($3::text[])` : ""}`,
      stocktakeId,
      locationId,
      ...(categoryIds ? [categoryIds] : []),
    );
  }

  /**
   * Records counts (a later count of a variant replaces the earlier one) and refreshes each counted line's `expected` to
   * the books at this moment, in one upsert. Several clerks may record at once; completion waits for them.
   */
  async recordCounts(viewer: StaffViewer, input: RecordCountsInput, audit: RequestAudit): Promise<StocktakeOutcome> {
    const counts = new Map(input.counts.map((c) => [c.variantId, c.counted])); // the last count of a variant in the list wins
    await requireVariants(this.db, viewer.merchantId, [...counts.keys()]);
    const variantIds = [...counts.keys()].sort();
    return this.run(async (tx) => {
      // A share lock: counts run side by side, completing or cancelling (an update) waits for them.
      const [stocktake] = await tx.$queryRawUnsafe<{ status: StocktakeStatus; locationId: string; number: string }[]>(
        `SELECT t.status::text AS status, t."locationId", t.number FROM "Stocktake" t JOIN "Store" l ON l.id = t."locationId"
          WHERE t.id = $1 AND l."merchantId" = $2 FOR SHARE OF t`,
        input.stocktakeId,
        viewer.merchantId,
      );
      if (!stocktake) throw notFound("Stocktake", input.stocktakeId);
      if (stocktake.status !== "OPEN") throw notOpen(stocktake.status);
      await tx.$executeRawUnsafe(
        `INSERT INTO "StocktakeLine" (id, "stocktakeId", "variantId", expected, counted)
         SELECT x.id, $1, x.variant, COALESCE(s."onHand", 0), x.counted
           FROM unnest($3::text[], $4::text[], $5::int[]) AS x(id, variant, counted)
           LEFT JOIN "StockLevel" s ON s."variantId" = x.variant AND s."locationId" = $2
          ORDER BY x.variant
         ON CONFLICT ("stocktakeId", "variantId") DO UPDATE SET counted = EXCLUDED.counted, expected = EXCLUDED.expected`,
        input.stocktakeId,
        stocktake.locationId,
        variantIds.map(() => randomUUID()),
        variantIds,
        variantIds.map((id) => counts.get(id) ?? 0),
      );
      await audit.record(tx, {
        action: "stocktake.count",
        entityType: "Stocktake",
        entityId: input.stocktakeId,
        storeId: stocktake.locationId,
        after: { number: stocktake.number, counts: variantIds.map((variantId) => ({ variantId, counted: counts.get(variantId) })) },
      });
      return tx.stocktake.findUniqueOrThrow({ where: { id: input.stocktakeId } });
    });
  }

  /**
   * Completes a stocktake: for each counted line that differs, on hand += counted − expected (a delta, so stock that
   * moved since the count is kept), STOCKTAKE movements, events and low-stock alerts, all in one transaction.
   */
  async complete(viewer: StaffViewer, stocktakeId: string, audit: RequestAudit): Promise<StocktakeOutcome> {
    const at = new Date();
    return this.run(async (tx) => {
      const stocktake = await this.claim(tx, viewer.merchantId, stocktakeId, "COMPLETED", at);
      const lines = await tx.stocktakeLine.findMany({
        where: { stocktakeId, counted: { not: null } },
        select: { variantId: true, expected: true, counted: true, variant: { select: { costPrice: true } } },
      });
      const report = stocktakeVariance(
        lines.map((l) => ({ variantId: l.variantId, expected: l.expected, counted: l.counted as number, unitCost: l.variant.costPrice })),
      );
      const deltas = new Map(report.lines.map((l) => [l.variantId, l.variance]));
      const rows = await upsertLevels(tx, "ON_HAND", stocktake.locationId, deltas, at);
      const source: LedgerSource = {
        merchantId: viewer.merchantId,
        reason: "STOCKTAKE",
        referenceType: "Stocktake",
        referenceId: stocktakeId,
        actorId: viewer.staffId,
        note: stocktake.number,
        at,
      };
      const entries = entriesOf(rows, deltas, 1);
      await writeMovements(tx, source, entries);
      await emitAll(tx, stockEvents(source, entries));
      const { lines: differing, ...totals } = report;
      await audit.record(tx, {
        action: "stocktake.complete",
        entityType: "Stocktake",
        entityId: stocktakeId,
        storeId: stocktake.locationId,
        before: { status: "OPEN" },
        after: {
          status: "COMPLETED",
          number: stocktake.number,
          ...totals,
          variances: differing.map((l) => ({ variantId: l.variantId, variance: l.variance })),
        },
      });
      return stocktake;
    });
  }

  /** Cancels an open stocktake; nothing was adjusted, so nothing is undone. */
  async cancel(viewer: StaffViewer, stocktakeId: string, audit: RequestAudit): Promise<StocktakeOutcome> {
    return this.run(async (tx) => {
      const stocktake = await this.claim(tx, viewer.merchantId, stocktakeId, "CANCELLED", null);
      await audit.record(tx, {
        action: "stocktake.cancel",
        entityType: "Stocktake",
        entityId: stocktakeId,
        storeId: stocktake.locationId,
        before: { status: "OPEN" },
        after: { status: "CANCELLED", number: stocktake.number },
      });
      return stocktake;
    });
  }

  /** OPEN → `status` with one conditional update (it waits for counts being recorded, which hold a share lock). */
  private async claim(
    tx: Tx,
    merchantId: string,
    id: string,
    status: "COMPLETED" | "CANCELLED",
    completedAt: Date | null,
  ): Promise<StocktakeRow> {
    const where = { id, location: { merchantId } };
    const { count } = await tx.stocktake.updateMany({ where: { ...where, status: "OPEN" }, data: { status, completedAt } });
    const row = await tx.stocktake.findFirst({ where });
    if (!row) throw notFound("Stocktake", id);
    if (count === 0) throw notOpen(row.status);
    return row;
  }

  private async run(work: (tx: Tx) => Promise<StocktakeRow>): Promise<StocktakeOutcome> {
    try {
      const stocktake = await this.db.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
      void this.relay.kick();
      return { ok: true, stocktake };
    } catch (error) {
      if (error instanceof StocktakeRejected) return { ok: false, ...error.failure };
      throw error;
    }
  }
}

function notOpen(status: StocktakeStatus): StocktakeRejected {
  return new StocktakeRejected({
    code: "STOCKTAKE_NOT_OPEN",
    message: `The stocktake is ${status.toLowerCase()}, not open.`,
    status,
    conflictingStocktakeId: null,
  });
}
