import { type StocktakeVariance, stocktakeVariance } from "@o2o/domain";
import { authz, type Scope } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import type { StocktakeRow } from "./stocktakes.service.ts";
import type { StocktakeFilter } from "./stocktakes.types.ts";

export type StocktakeWithProgress = StocktakeRow & { lineCount: number; countedCount: number };

export type VarianceReport = StocktakeVariance & {
  linesUncounted: number;
  /** Unit cost per differing variant (null when unknown). */
  unitCosts: Map<string, number | null>;
};

/** Stocktake lists, lines and variance reports. Callers authorise the location first. */
export class StocktakeReads {
  constructor(private readonly db: Db) {}

  async get(merchantId: string, id: string): Promise<StocktakeWithProgress | null> {
    const row = await this.db.stocktake.findFirst({ where: { id, location: { merchantId } } });
    return row ? ((await this.withProgress([row]))[0] ?? null) : null;
  }

  /** Newest first, in one location (already authorised) or every location in scope. */
  async list(
    merchantId: string,
    scope: Scope,
    filter: StocktakeFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<StocktakeWithProgress>> {
    const inScope = authz.storeFilter(scope);
    const where: Prisma.StocktakeWhereInput = {
      location: { merchantId },
      ...(filter?.locationId ? { locationId: filter.locationId } : inScope ? { locationId: inScope } : {}),
      ...(filter?.status ? { status: filter.status } : {}),
    };
    const found = await paginate(
      page,
      (p) => this.db.stocktake.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.stocktake.count({ where }),
    );
    const rows = await this.withProgress(found.edges.map((e) => e.node));
    return { ...found, edges: found.edges.map((e, i) => ({ cursor: e.cursor, node: rows[i] as StocktakeWithProgress })) };
  }

  /** How many lines each stocktake has and how many are counted: one grouped query for a page. */
  private async withProgress(rows: StocktakeRow[]): Promise<StocktakeWithProgress[]> {
    if (rows.length === 0) return [];
    const groups = await this.db.stocktakeLine.groupBy({
      by: ["stocktakeId"],
      where: { stocktakeId: { in: rows.map((r) => r.id) } },
      _count: { _all: true, counted: true },
    });
    return rows.map((row) => {
      const g = groups.find((x) => x.stocktakeId === row.id);
      return { ...row, lineCount: g?._count._all ?? 0, countedCount: g?._count.counted ?? 0 };
    });
  }

  /** A stocktake's lines by SKU, optionally only those nobody has counted yet. */
  lines(stocktakeId: string, uncountedOnly: boolean, page: PageArgs) {
    const where: Prisma.StocktakeLineWhereInput = { stocktakeId, ...(uncountedOnly ? { counted: null } : {}) };
    return paginate(
      page,
      (p) => this.db.stocktakeLine.findMany({ where, orderBy: [{ variant: { sku: "asc" } }, { id: "asc" }], ...p }),
      () => this.db.stocktakeLine.count({ where }),
    );
  }

  /** The domain's variance of the counted lines at each variant's current cost, plus how many lines are uncounted. */
  async variance(stocktakeId: string): Promise<VarianceReport> {
    const [lines, uncounted] = await Promise.all([
      this.db.stocktakeLine.findMany({
        where: { stocktakeId, counted: { not: null } },
        select: { variantId: true, expected: true, counted: true, variant: { select: { costPrice: true } } },
      }),
      this.db.stocktakeLine.count({ where: { stocktakeId, counted: null } }),
    ]);
    const report = stocktakeVariance(
      lines.map((l) => ({ variantId: l.variantId, expected: l.expected, counted: l.counted as number, unitCost: l.variant.costPrice })),
    );
    return { ...report, linesUncounted: uncounted, unitCosts: new Map(lines.map((l) => [l.variantId, l.variant.costPrice])) };
  }
}
