import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PriceScope } from "../../generated/prisma/enums.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { SalesChannel, Store } from "../stores/stores.types.ts";
import { overrideScope } from "./price-scope.ts";
import {
  CancelPriceChangeResult,
  PriceChange,
  PriceChangeConnection,
  PriceChangeNotScheduledError,
  PriceOverride,
  SchedulePriceChangeArgs,
  SetBasePriceArgs,
  SetPriceOverrideArgs,
  SetTierPriceArgs,
  TierPrice,
  TierPriceArgs,
  VariantPrices,
} from "./pricing.types.ts";

@Resolver()
export class PricingResolver {
  @Query(() => PriceChangeConnection, { description: "Applied price changes of a variant, newest first (catalog:read)." })
  async priceHistory(
    @Arg("variantId", () => ID) variantId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<PriceChangeConnection> {
    const { staff } = authz.require(ctx.viewer, "catalog:read");
    return (await ctx.services.priceQueries.history(staff.merchantId, variantId, page)) as unknown as PriceChangeConnection;
  }

  @Query(() => PriceChangeConnection, { description: "Scheduled price changes, soonest first, optionally of one variant (catalog:read)." })
  async scheduledPriceChanges(
    @Arg("variantId", () => ID, { nullable: true }) variantId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<PriceChangeConnection> {
    const { staff } = authz.require(ctx.viewer, "catalog:read");
    return (await ctx.services.priceQueries.scheduled(staff.merchantId, variantId, page)) as unknown as PriceChangeConnection;
  }

  @Query(() => VariantPrices, { description: "The price of a SKU everywhere: every store × channel and member tier (catalog:read)." })
  async variantPrices(
    @Arg("variantId", () => ID) variantId: string,
    @Arg("at", () => DateTime, { nullable: true, description: "Default now; a later instant shows overrides with a window then." })
    at: Date | null,
    @Ctx() ctx: Context,
  ): Promise<VariantPrices> {
    const { staff } = authz.require(ctx.viewer, "catalog:read");
    return ctx.services.priceQueries.variantPrices(staff.merchantId, variantId, at ?? new Date());
  }

  @Mutation(() => PriceChange, { description: "Sets the price everywhere that has no override (merchant-wide price:write)." })
  async setBasePrice(@Args(() => SetBasePriceArgs) args: SetBasePriceArgs, @Ctx() ctx: Context): Promise<PriceChange> {
    const staff = authz.requireMerchantWide(ctx.viewer, "price:write");
    return (await ctx.services.pricing.setBasePrice(staff, args.variantId, args.price, ctx.audit)).change;
  }

  @Mutation(() => PriceOverride, {
    description: "Sets the price of a variant in a store (price:write there), a channel or a store's channel (merchant-wide price:write).",
  })
  async setPriceOverride(@Args(() => SetPriceOverrideArgs) args: SetPriceOverrideArgs, @Ctx() ctx: Context): Promise<PriceOverride> {
    const staff = args.storeId
      ? authz.requireInStore(ctx.viewer, "price:write", args.storeId)
      : authz.requireMerchantWide(ctx.viewer, "price:write");
    return ctx.services.pricing.setOverride(staff, args, ctx.audit);
  }

  @Mutation(() => PriceChange, { description: "Removes an override: the scope falls back to a broader override or the base price." })
  async removePriceOverride(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PriceChange> {
    const { staff } = authz.require(ctx.viewer, "price:write");
    return ctx.services.pricing.removeOverride(staff, id, ctx.audit);
  }

  @Mutation(() => TierPrice, { description: "Sets the member price of a tier (merchant-wide price:write)." })
  async setTierPrice(@Args(() => SetTierPriceArgs) args: SetTierPriceArgs, @Ctx() ctx: Context): Promise<TierPrice> {
    const staff = authz.requireMerchantWide(ctx.viewer, "price:write");
    return ctx.services.pricing.setTierPrice(staff, args, ctx.audit);
  }

  @Mutation(() => PriceChange, {
    description:
      "Removes a tier's member price (merchant-wide price:write): the tier pays what everyone pays again. NOT_FOUND when the tier has none.",
  })
  async removeTierPrice(@Args(() => TierPriceArgs) args: TierPriceArgs, @Ctx() ctx: Context): Promise<PriceChange> {
    const staff = authz.requireMerchantWide(ctx.viewer, "price:write");
    return ctx.services.pricing.removeTierPrice(staff, args, ctx.audit);
  }

  @Mutation(() => PriceChange, { description: "Schedules a price change; the scheduler applies it at effectiveAt." })
  async schedulePriceChange(@Args(() => SchedulePriceChangeArgs) args: SchedulePriceChangeArgs, @Ctx() ctx: Context): Promise<PriceChange> {
    const staff = args.storeId
      ? authz.requireInStore(ctx.viewer, "price:write", args.storeId)
      : authz.requireMerchantWide(ctx.viewer, "price:write");
    return ctx.services.pricing.schedule(staff, args, ctx.audit);
  }

  @Mutation(() => CancelPriceChangeResult, { description: "Cancels a scheduled price change that has not been applied yet." })
  async cancelPriceChange(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<typeof CancelPriceChangeResult> {
    const { staff } = authz.require(ctx.viewer, "price:write");
    const outcome = await ctx.services.pricing.cancel(staff, id, ctx.audit);
    if (!outcome.ok) {
      ctx.audit.written = true; // nothing changed
      return Object.assign(new PriceChangeNotScheduledError(), { code: outcome.code, message: outcome.message, status: outcome.status });
    }
    return Object.assign(new PriceChange(), outcome.change);
  }
}

@Resolver(() => PriceChange)
export class PriceChangeResolver {
  @FieldResolver(() => Store, { nullable: true })
  async store(@Root() change: PriceChange, @Ctx() ctx: Context): Promise<Store | null> {
    return change.storeId ? ((await ctx.loaders.store.load(change.storeId)) as Store | null) : null;
  }

  @FieldResolver(() => SalesChannel, { nullable: true })
  async channel(@Root() change: PriceChange, @Ctx() ctx: Context): Promise<SalesChannel | null> {
    return change.channelId ? ctx.loaders.salesChannel.load(change.channelId) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async tierName(@Root() change: PriceChange, @Ctx() ctx: Context): Promise<string | null> {
    return change.tierId ? ((await ctx.loaders.tier.load(change.tierId))?.name ?? null) : null;
  }
}

@Resolver(() => PriceOverride)
export class PriceOverrideResolver {
  @FieldResolver(() => PriceScope)
  scope(@Root() override: PriceOverride): PriceScope {
    return overrideScope(override.storeId, override.channelId);
  }

  @FieldResolver(() => Store, { nullable: true })
  async store(@Root() override: PriceOverride, @Ctx() ctx: Context): Promise<Store | null> {
    return override.storeId ? ((await ctx.loaders.store.load(override.storeId)) as Store | null) : null;
  }

  @FieldResolver(() => SalesChannel, { nullable: true })
  async channel(@Root() override: PriceOverride, @Ctx() ctx: Context): Promise<SalesChannel | null> {
    return override.channelId ? ctx.loaders.salesChannel.load(override.channelId) : null;
  }
}

@Resolver(() => TierPrice)
export class TierPriceResolver {
  @FieldResolver(() => String, { nullable: true })
  async tierName(@Root() tierPrice: TierPrice, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.tier.load(tierPrice.tierId))?.name ?? null;
  }
}
