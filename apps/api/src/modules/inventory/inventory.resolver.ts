import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";
import { stockFigures } from "./inventory.service.ts";
import {
  AdjustStockInput,
  AdjustStockResult,
  InsufficientStockError,
  StockLevel,
  StockLevelConnection,
  StockLevelFilter,
  StockLevelSort,
  StockMovement,
  StockMovementConnection,
  StockMovementFilter,
} from "./inventory.types.ts";

/** Scope of stock:read for a list: one authorised location, or every store the viewer may read. */
function readScope(ctx: Context, locationId: string | null | undefined) {
  if (locationId) {
    const staff = authz.requireInStore(ctx.viewer, "stock:read", locationId);
    return { staff, scope: authz.scopeOf(staff, "stock:read") ?? new Set<string>() };
  }
  return authz.require(ctx.viewer, "stock:read");
}

@Resolver(() => StockLevel)
export class StockLevelResolver {
  @Query(() => StockLevelConnection, {
    description: "Stock levels (stock:read). Without a location filter: every location where the viewer holds stock:read.",
  })
  async stockLevels(
    @Arg("filter", () => StockLevelFilter, { nullable: true }) filter: StockLevelFilter | null,
    @Arg("sort", () => StockLevelSort, { nullable: true, description: "Default: most recently changed first." })
    sort: StockLevelSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<StockLevelConnection> {
    const { staff, scope } = readScope(ctx, filter?.locationId);
    return (await ctx.services.inventory.listLevels(staff.merchantId, scope, filter, sort, page)) as unknown as StockLevelConnection;
  }

  @Mutation(() => AdjustStockResult, { description: "Adds or takes off stock by hand in one location (stock:write there)." })
  async adjustStock(@Arg("input", () => AdjustStockInput) input: AdjustStockInput, @Ctx() ctx: Context): Promise<typeof AdjustStockResult> {
    const staff = authz.requireInStore(ctx.viewer, "stock:write", input.locationId);
    const outcome = await ctx.services.inventory.adjust(staff, input, ctx.audit);
    if (!outcome.ok) {
      ctx.audit.written = true; // nothing changed, so no generic audit row either
      const { code, message, available, requested } = outcome;
      return Object.assign(new InsufficientStockError(), { code, message, available, requested });
    }
    return Object.assign(new StockLevel(), outcome.level);
  }

  @FieldResolver(() => Int)
  available(@Root() level: StockLevel): number {
    return stockFigures(level).available;
  }

  @FieldResolver(() => Boolean)
  isLow(@Root() level: StockLevel): boolean {
    return stockFigures(level).isLow;
  }

  @FieldResolver(() => Variant)
  async variant(@Root() level: StockLevel, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(level.variantId)) as Variant;
  }

  @FieldResolver(() => Store)
  async location(@Root() level: StockLevel, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(level.locationId)) as Store;
  }
}

@Resolver(() => StockMovement)
export class StockMovementResolver {
  @Query(() => StockMovementConnection, { description: "The stock ledger, newest first (stock:read, scoped like stockLevels)." })
  async stockMovements(
    @Arg("filter", () => StockMovementFilter, { nullable: true }) filter: StockMovementFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<StockMovementConnection> {
    const { staff, scope } = readScope(ctx, filter?.locationId);
    return (await ctx.services.inventory.listMovements(staff.merchantId, scope, filter, page)) as unknown as StockMovementConnection;
  }

  @FieldResolver(() => Variant)
  async variant(@Root() movement: StockMovement, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(movement.variantId)) as Variant;
  }

  @FieldResolver(() => Store)
  async location(@Root() movement: StockMovement, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(movement.locationId)) as Store;
  }
}

@Resolver(() => Variant)
export class VariantStockResolver {
  @FieldResolver(() => StockLevel, {
    nullable: true,
    description:
      "Stock in one location; null unless the viewer holds stock:read there. Without locationId: the viewer's only such store, if exactly one.",
  })
  async stock(
    @Root() variant: Variant,
    @Arg("locationId", () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<StockLevel | null> {
    const viewer = ctx.viewer;
    if (viewer?.kind !== "STAFF" || viewer.merchantId !== variant.merchantId) return null;
    const scope = authz.scopeOf(viewer, "stock:read");
    if (!scope) return null;
    const location = locationId ?? (scope !== "ALL" && scope.size === 1 ? [...scope][0] : undefined);
    if (!location || !authz.canSeeStore(scope, location)) return null;
    const levels = await ctx.loaders.stockByVariant.load(variant.id);
    return (levels.find((l) => l.locationId === location) as StockLevel | undefined) ?? null;
  }
}
