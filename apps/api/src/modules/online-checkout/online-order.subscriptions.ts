import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { authz, type StaffViewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { forbidden, notFound } from "../../errors/api-errors.ts";
import type { OrderUpdatedPayload, PaymentUpdatedPayload } from "../../outbox/topics.ts";
import { OrderUpdate, PaymentUpdate } from "./online-checkout.types.ts";

type OrderArgs = { orderId?: string | null; storeId?: string | null };
type PaymentArgs = { orderId: string };

async function orderOf(ctx: Context, merchantId: string, orderId: string) {
  const order = await ctx.db.order.findFirst({ where: { id: orderId, merchantId }, select: { memberId: true, storeId: true } });
  if (!order) throw notFound("Order", orderId);
  return order;
}

/** Staff see orders of the stores where they hold order:read. */
function staffSees(staff: StaffViewer, storeId: string | null): boolean {
  const scope = authz.scopeOf(staff, "order:read");
  return scope !== null && authz.canSeeStore(scope, storeId);
}

/**
 * Live order and payment updates. Who may listen is decided once, when the subscription starts, and a refusal is an
 * error (never a silent stream); each event is then filtered to what the subscriber may see.
 */
@Resolver()
export class OnlineOrderSubscriptionResolver {
  @Subscription(() => OrderUpdate, {
    description:
      "Committed changes of orders: staff for the stores where they hold order:read (optionally one store or order); a member for their own orders only.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, OrderArgs, Context>) => {
      const viewer = authz.requireViewer(context.viewer);
      const feed = context.services.orderFeed;
      if (viewer.kind === "MEMBER") {
        if (args.storeId) throw forbidden("Members follow their own orders, not a store.");
        if (args.orderId && (await orderOf(context, viewer.merchantId, args.orderId)).memberId !== viewer.memberId) {
          throw forbidden("This is not your order.");
        }
        return feed.stream("ORDER_UPDATED", (p) => p.memberId === viewer.memberId && (!args.orderId || p.orderId === args.orderId));
      }
      const { scope } = authz.require(viewer, "order:read");
      if (args.storeId && !authz.canSeeStore(scope, args.storeId)) throw forbidden("Missing permission order:read in this store.");
      if (args.orderId && !authz.canSeeStore(scope, (await orderOf(context, viewer.merchantId, args.orderId)).storeId)) {
        throw forbidden("Missing permission order:read in this order's store.");
      }
      return feed.stream(
        "ORDER_UPDATED",
        (p) =>
          p.merchantId === viewer.merchantId &&
          staffSees(viewer, p.storeId) &&
          (!args.storeId || p.storeId === args.storeId) &&
          (!args.orderId || p.orderId === args.orderId),
      );
    },
  })
  orderUpdated(
    @Root() payload: OrderUpdatedPayload,
    @Arg("orderId", () => ID, { nullable: true }) _orderId: string | null,
    @Arg("storeId", () => ID, { nullable: true }) _storeId: string | null,
  ): OrderUpdate {
    return {
      orderId: payload.orderId,
      number: payload.number,
      storeId: payload.storeId,
      status: payload.status,
      total: payload.total,
      at: new Date(payload.at),
    };
  }

  @Subscription(() => PaymentUpdate, {
    description:
      "Committed changes of an order's payments (the QR payment page waits on this): the order's member, or staff with order:read in its store.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, PaymentArgs, Context>) => {
      const viewer = authz.requireViewer(context.viewer);
      const order = await orderOf(context, viewer.merchantId, args.orderId);
      if (viewer.kind === "MEMBER" && order.memberId !== viewer.memberId) throw forbidden("This is not your order.");
      if (viewer.kind === "STAFF") authz.requireInStore(viewer, "order:read", order.storeId ?? "");
      return context.services.orderFeed.stream("PAYMENT_UPDATED", (p) => p.merchantId === viewer.merchantId && p.orderId === args.orderId);
    },
  })
  paymentUpdated(@Root() payload: PaymentUpdatedPayload, @Arg("orderId", () => ID) _orderId: string): PaymentUpdate {
    return {
      paymentId: payload.paymentId,
      orderId: payload.orderId,
      status: payload.status,
      tender: payload.tender,
      amount: payload.amount,
      at: new Date(payload.at),
    };
  }
}
