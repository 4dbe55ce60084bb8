import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import type { FulfilmentAction, FulfilmentOutcome } from "./fulfilment.service.ts";
import {
  CollectOrderArgs,
  FulfilmentActionResult,
  FulfilmentProgress,
  OrderIdArgs,
  OrderStateError,
  PickupCodeError,
  ShipOrderArgs,
  TrackingEventArgs,
} from "./fulfilment.types.ts";

type Result = typeof FulfilmentActionResult;

function toResult(outcome: FulfilmentOutcome): Result {
  if (outcome.ok) return Object.assign(new FulfilmentProgress(), outcome.progress);
  const base = { code: outcome.code, message: outcome.message };
  if (outcome.code === "PICKUP_CODE_INVALID") return Object.assign(new PickupCodeError(), base);
  return Object.assign(new OrderStateError(), base, {
    currentOrderStatus: outcome.orderStatus,
    currentFulfilmentStatus: outcome.fulfilmentStatus,
  });
}

/** Store actions on online orders; each needs order:fulfil in the store that fulfils the order. */
@Resolver()
export class FulfilmentActionsResolver {
  @Mutation(() => FulfilmentActionResult, { description: "Starts picking a paid order (the order becomes PROCESSING)." })
  startPicking(@Args(() => OrderIdArgs) args: OrderIdArgs, @Ctx() ctx: Context): Promise<Result> {
    return this.act(ctx, args.orderId, { kind: "START_PICKING" });
  }

  @Mutation(() => FulfilmentActionResult)
  markPacked(@Args(() => OrderIdArgs) args: OrderIdArgs, @Ctx() ctx: Context): Promise<Result> {
    return this.act(ctx, args.orderId, { kind: "PACK" });
  }

  @Mutation(() => FulfilmentActionResult, { description: "Hands a packed delivery to the carrier (order SHIPPED)." })
  shipOrder(@Args(() => ShipOrderArgs) args: ShipOrderArgs, @Ctx() ctx: Context): Promise<Result> {
    return this.act(ctx, args.orderId, { kind: "SHIP", carrier: args.carrier.trim(), trackingNumber: args.trackingNumber.trim() });
  }

  @Mutation(() => FulfilmentActionResult, { description: "The carrier delivered the parcel (order DELIVERED)." })
  markDelivered(@Args(() => OrderIdArgs) args: OrderIdArgs, @Ctx() ctx: Context): Promise<Result> {
    return this.act(ctx, args.orderId, { kind: "DELIVER" });
  }

  @Mutation(() => FulfilmentActionResult, { description: "Adds a carrier tracking event to a delivery." })
  addTrackingEvent(@Args(() => TrackingEventArgs) args: TrackingEventArgs, @Ctx() ctx: Context): Promise<Result> {
    return this.act(ctx, args.orderId, {
      kind: "TRACK",
      status: args.status.trim(),
      description: args.description.trim(),
      location: args.location?.trim() || null,
      occurredAt: args.occurredAt ?? null,
    });
  }

  @Mutation(() => FulfilmentActionResult, { description: "A packed pickup order is waiting at the counter (the shopper is told live)." })
  markReadyForPickup(@Args(() => OrderIdArgs) args: OrderIdArgs, @Ctx() ctx: Context): Promise<Result> {
    return this.act(ctx, args.orderId, { kind: "MARK_READY" });
  }

  @Mutation(() => FulfilmentActionResult, {
    description: "Hands a pickup order over against the shopper's 6-digit code (order COMPLETED).",
  })
  collectOrder(@Args(() => CollectOrderArgs) args: CollectOrderArgs, @Ctx() ctx: Context): Promise<Result> {
    return this.act(ctx, args.orderId, { kind: "COLLECT", pickupCode: args.pickupCode });
  }

  private async act(ctx: Context, orderId: string, action: FulfilmentAction): Promise<Result> {
    const { staff } = authz.require(ctx.viewer, "order:fulfil");
    authz.requireInStore(staff, "order:fulfil", await ctx.services.fulfilment.storeOf(staff.merchantId, orderId));
    const outcome = await ctx.services.fulfilment.act(orderId, action, ctx.audit);
    if (!outcome.ok) ctx.audit.written = true; // refused: nothing changed
    return toResult(outcome);
  }
}
