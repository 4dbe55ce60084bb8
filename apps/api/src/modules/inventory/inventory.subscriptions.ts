import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
  type SubscriptionHandlerData,
} from "type-graphql";
import { authz, type Viewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { badInput } from "../../errors/api-errors.ts";
import type { MovementReason } from "../../generated/prisma/enums.ts";
import { Topic, type LowStockPayload, type StockChangedPayload } from "../../outbox/topics.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { LowStockAlert, StockChange } from "./inventory.types.ts";

type StockChangedArgs = { locationId?: string | null; variantIds?: string[] | null };
type LowStockArgs = { locationId?: string | null };

const MAX_WATCHED_VARIANTS = 500;

function canReadStockAt(viewer: Viewer | null, locationId: string): boolean {
  if (viewer?.kind !== "STAFF") return false;
  const scope = authz.scopeOf(viewer, "stock:read");
  return scope !== null && authz.canSeeStore(scope, locationId);
}

/**
 * Live stock. Checks that must answer the subscriber with an error run in `topics`, which type-graphql calls once when
 * the subscription starts (before any event); `filter` then picks the events each subscriber may see.
 */
@Resolver(() => LowStockAlert)
export class StockSubscriptionResolver {
  @Subscription(() => StockChange, {
    description:
      "Committed stock changes of the viewer's merchant, optionally for one location and some variants. Public (shoppers see available only).",
    topics: ({ args }: SubscribeResolverData<unknown, StockChangedArgs, Context>) => {
      if ((args.variantIds?.length ?? 0) > MAX_WATCHED_VARIANTS) {
        throw badInput(`Follow at most ${MAX_WATCHED_VARIANTS} variants.`, [{ field: "variantIds", message: "too many" }]);
      }
      return Topic.STOCK_CHANGED;
    },
    filter: ({ payload, args, context }: SubscriptionHandlerData<StockChangedPayload, StockChangedArgs, Context>) =>
      (!context.viewer || context.viewer.merchantId === payload.merchantId) &&
      (!args.locationId || args.locationId === payload.locationId) &&
      (!args.variantIds?.length || args.variantIds.includes(payload.variantId)),
  })
  stockChanged(
    @Root() payload: StockChangedPayload,
    @Arg("locationId", () => ID, { nullable: true }) _locationId: string | null,
    @Arg("variantIds", () => [ID], { nullable: true }) _variantIds: string[] | null,
    @Ctx() ctx: Context,
  ): StockChange {
    const detailed = canReadStockAt(ctx.viewer, payload.locationId);
    return {
      variantId: payload.variantId,
      locationId: payload.locationId,
      onHand: detailed ? payload.onHand : null,
      reserved: detailed ? payload.reserved : null,
      available: payload.available,
      reason: payload.reason as MovementReason,
      at: new Date(payload.at),
    };
  }

  @Subscription(() => LowStockAlert, {
    description: "Stock falling to or below its threshold, in one location or every location where the viewer holds stock:read.",
    topics: ({ args, context }: SubscribeResolverData<unknown, LowStockArgs, Context>) => {
      if (args.locationId) authz.requireInStore(context.viewer, "stock:read", args.locationId);
      else authz.require(context.viewer, "stock:read");
      return Topic.LOW_STOCK_ALERT;
    },
    filter: ({ payload, args, context }: SubscriptionHandlerData<LowStockPayload, LowStockArgs, Context>) =>
      context.viewer?.merchantId === payload.merchantId &&
      (!args.locationId || args.locationId === payload.locationId) &&
      canReadStockAt(context.viewer, payload.locationId),
  })
  lowStockAlert(
    @Root() payload: LowStockPayload,
    @Arg("locationId", () => ID, { nullable: true }) _locationId: string | null,
  ): LowStockAlert {
    return {
      variantId: payload.variantId,
      locationId: payload.locationId,
      available: payload.available,
      threshold: payload.threshold,
      at: new Date(payload.at),
    };
  }

  @FieldResolver(() => Variant, { nullable: true })
  async variant(@Root() alert: LowStockAlert, @Ctx() ctx: Context): Promise<Variant | null> {
    return (await ctx.loaders.variant.load(alert.variantId)) as Variant | null;
  }
}
