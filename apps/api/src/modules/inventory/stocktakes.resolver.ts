import { stocktakeVariance } from "@o2o/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { notFound } from "../../errors/api-errors.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { seesCostPrice } from "../catalog/catalog-audience.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";
import type { StocktakeWithProgress } from "./stocktake-reads.ts";
import type { StocktakeOutcome } from "./stocktakes.service.ts";
import {
  RecordCountsInput,
  StartStocktakeInput,
  Stocktake,
  StocktakeConnection,
  StocktakeError,
  StocktakeFilter,
  StocktakeLine,
  StocktakeLineConnection,
  StocktakeResult,
  StocktakeVarianceLine,
  StocktakeVarianceReport,
} from "./stocktakes.types.ts";

const toStocktake = (row: StocktakeWithProgress): Stocktake => Object.assign(new Stocktake(), row);

async function load(ctx: Context, id: string): Promise<StocktakeWithProgress> {
  const staff = authz.requireStaff(ctx.viewer);
  const row = await ctx.services.stocktakeReads.get(staff.merchantId, id);
  if (!row) throw notFound("Stocktake", id);
  return row;
}

async function toResult(ctx: Context, outcome: StocktakeOutcome): Promise<Stocktake | StocktakeError> {
  if (outcome.ok) return toStocktake(await load(ctx, outcome.stocktake.id));
  ctx.audit.written = true; // rolled back: nothing changed
  const { code, message, status, conflictingStocktakeId } = outcome;
  return Object.assign(new StocktakeError(), { code, message, stocktakeStatus: status, conflictingStocktakeId });
}

@Resolver(() => Stocktake)
export class StocktakeResolver {
  @Query(() => StocktakeConnection, {
    description: "Stocktakes, newest first (stock:read in the location, or every location the viewer may read).",
  })
  async stocktakes(
    @Arg("filter", () => StocktakeFilter, { nullable: true }) filter: StocktakeFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<StocktakeConnection> {
    const { staff, scope } = filter?.locationId
      ? { staff: authz.requireInStore(ctx.viewer, "stock:read", filter.locationId), scope: "ALL" as const }
      : authz.require(ctx.viewer, "stock:read");
    const found = await ctx.services.stocktakeReads.list(staff.merchantId, scope, filter, page);
    const edges = found.edges.map((e) => ({ cursor: e.cursor, node: toStocktake(e.node) }));
    return { ...found, edges } as unknown as StocktakeConnection;
  }

  @Query(() => Stocktake, { description: "One stocktake (stock:read in its location)." })
  async stocktake(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Stocktake> {
    const row = await load(ctx, id);
    authz.requireInStore(ctx.viewer, "stock:read", row.locationId);
    return toStocktake(row);
  }

  @Query(() => StocktakeVarianceReport, {
    description: "Counted lines that differ from the books, at cost (values need catalog:write), with totals (stock:read in the location).",
  })
  async stocktakeVariance(@Arg("stocktakeId", () => ID) stocktakeId: string, @Ctx() ctx: Context): Promise<StocktakeVarianceReport> {
    const row = await load(ctx, stocktakeId);
    authz.requireInStore(ctx.viewer, "stock:read", row.locationId);
    const report = await ctx.services.stocktakeReads.variance(stocktakeId);
    const costs = seesCostPrice(ctx.viewer);
    return Object.assign(new StocktakeVarianceReport(), {
      ...report,
      stocktake: toStocktake(row),
      lines: report.lines.map((l) =>
        Object.assign(new StocktakeVarianceLine(), {
          ...l,
          unitCost: costs ? (report.unitCosts.get(l.variantId) ?? null) : null,
          varianceValue: costs ? l.varianceValue : null,
        }),
      ),
      surplusValue: costs ? report.surplusValue : null,
      shortageValue: costs ? report.shortageValue : null,
      netValue: costs ? report.netValue : null,
    });
  }

  @Mutation(() => StocktakeResult, {
    description: "Starts a stocktake (stocktake:write in the location), snapshotting on hand as each line's expected quantity.",
  })
  async startStocktake(
    @Arg("input", () => StartStocktakeInput) input: StartStocktakeInput,
    @Ctx() ctx: Context,
  ): Promise<typeof StocktakeResult> {
    const staff = authz.requireInStore(ctx.viewer, "stocktake:write", input.locationId);
    return toResult(ctx, await ctx.services.stocktakes.start(staff, input, ctx.audit));
  }

  @Mutation(() => StocktakeResult, {
    description: "Records counts (stocktake:write in the location); callable repeatedly, by several clerks.",
  })
  async recordCounts(
    @Arg("input", () => RecordCountsInput) input: RecordCountsInput,
    @Ctx() ctx: Context,
  ): Promise<typeof StocktakeResult> {
    const row = await load(ctx, input.stocktakeId);
    const staff = authz.requireInStore(ctx.viewer, "stocktake:write", row.locationId);
    return toResult(ctx, await ctx.services.stocktakes.recordCounts(staff, input, ctx.audit));
  }

  @Mutation(() => StocktakeResult, {
    description: "Completes a stocktake (stocktake:write): on hand += counted − expected for counted lines, as STOCKTAKE movements.",
  })
  async completeStocktake(@Arg("stocktakeId", () => ID) stocktakeId: string, @Ctx() ctx: Context): Promise<typeof StocktakeResult> {
    const row = await load(ctx, stocktakeId);
    const staff = authz.requireInStore(ctx.viewer, "stocktake:write", row.locationId);
    return toResult(ctx, await ctx.services.stocktakes.complete(staff, stocktakeId, ctx.audit));
  }

  @Mutation(() => StocktakeResult, { description: "Cancels an open stocktake (stocktake:write); stock is not touched." })
  async cancelStocktake(@Arg("stocktakeId", () => ID) stocktakeId: string, @Ctx() ctx: Context): Promise<typeof StocktakeResult> {
    const row = await load(ctx, stocktakeId);
    const staff = authz.requireInStore(ctx.viewer, "stocktake:write", row.locationId);
    return toResult(ctx, await ctx.services.stocktakes.cancel(staff, stocktakeId, ctx.audit));
  }

  @FieldResolver(() => Store)
  async location(@Root() stocktake: Stocktake, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(stocktake.locationId)) as Store;
  }

  @FieldResolver(() => StocktakeLineConnection)
  async lines(
    @Root() stocktake: Stocktake,
    @Arg("uncountedOnly", () => Boolean, { defaultValue: false, description: "Only lines nobody has counted yet." }) uncountedOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<StocktakeLineConnection> {
    const found = await ctx.services.stocktakeReads.lines(stocktake.id, uncountedOnly, page);
    const edges = found.edges.map((e) => ({
      cursor: e.cursor,
      node: Object.assign(new StocktakeLine(), {
        ...e.node,
        variance: e.node.counted === null ? null : stocktakeVariance([{ ...e.node, counted: e.node.counted }]).netQuantity,
      }),
    }));
    return { ...found, edges } as unknown as StocktakeLineConnection;
  }
}

@Resolver(() => StocktakeLine)
export class StocktakeLineResolver {
  @FieldResolver(() => Variant)
  async variant(@Root() line: StocktakeLine, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(line.variantId)) as Variant;
  }
}

@Resolver(() => StocktakeVarianceLine)
export class StocktakeVarianceLineResolver {
  @FieldResolver(() => Variant)
  async variant(@Root() line: StocktakeVarianceLine, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(line.variantId)) as Variant;
  }
}
