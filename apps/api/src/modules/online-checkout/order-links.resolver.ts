import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { FulfilmentProgress } from "../fulfilment/fulfilment.types.ts";
import { Order } from "../orders/orders.types.ts";
import { OnlineCheckout, OrderCancellation, OrderUpdate } from "./online-checkout.types.ts";

const ORDER_FIELD = { nullable: true, description: "The whole order, as the order queries show it; null when the viewer may not read it." };

/** The order as the viewer may read it: a member their own, staff with order:read in its store. */
async function readableOrder(ctx: Context, orderId: string): Promise<Order | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  if (viewer.kind === "MEMBER") return (await ctx.services.orders.forMember(viewer, orderId).catch(() => null)) as Order | null;
  const scope = authz.scopeOf(viewer, "order:read");
  if (!scope) return null;
  return (await ctx.services.orders.forStaff(viewer.merchantId, scope, orderId).catch(() => null)) as Order | null;
}

@Resolver(() => OnlineCheckout)
export class OnlineCheckoutOrderResolver {
  @FieldResolver(() => Order, ORDER_FIELD)
  order(@Root() root: OnlineCheckout, @Ctx() ctx: Context): Promise<Order | null> {
    return readableOrder(ctx, root.orderId);
  }
}

@Resolver(() => OrderCancellation)
export class OrderCancellationOrderResolver {
  @FieldResolver(() => Order, ORDER_FIELD)
  order(@Root() root: OrderCancellation, @Ctx() ctx: Context): Promise<Order | null> {
    return readableOrder(ctx, root.orderId);
  }
}

@Resolver(() => OrderUpdate)
export class OrderUpdateOrderResolver {
  @FieldResolver(() => Order, ORDER_FIELD)
  order(@Root() root: OrderUpdate, @Ctx() ctx: Context): Promise<Order | null> {
    return readableOrder(ctx, root.orderId);
  }
}

@Resolver(() => FulfilmentProgress)
export class FulfilmentProgressOrderResolver {
  @FieldResolver(() => Order, ORDER_FIELD)
  order(@Root() root: FulfilmentProgress, @Ctx() ctx: Context): Promise<Order | null> {
    return readableOrder(ctx, root.orderId);
  }
}
