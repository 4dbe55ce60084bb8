import { Arg, Args, Ctx, Mutation, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { notFound } from "../../errors/api-errors.ts";
import { toSaleError } from "../checkout/sale-errors.ts";
import { CancelOrderArgs, OrderStateError } from "../fulfilment/fulfilment.types.ts";
import {
  CancelOrderResult,
  OnlineCheckout,
  OnlineCheckoutInput,
  OnlineCheckoutResult,
  OrderCancellation,
  QrPayment,
} from "./online-checkout.types.ts";

@Resolver()
export class OnlineCheckoutResolver {
  @Mutation(() => OnlineCheckoutResult, {
    description:
      "Places the signed-in member's cart as an online order: re-prices it, reserves stock (all or nothing), deducts points and opens a QR wallet payment. Guests get UNAUTHENTICATED: sign in, then pass guestToken to merge their cart. Idempotent by idempotencyKey.",
  })
  async checkout(
    @Arg("input", () => OnlineCheckoutInput) input: OnlineCheckoutInput,
    @Ctx() ctx: Context,
  ): Promise<typeof OnlineCheckoutResult> {
    const member = authz.requireMember(ctx.viewer);
    const outcome = await ctx.services.onlineCheckout.checkout(member, input, ctx.audit);
    if (!outcome.ok) {
      ctx.audit.written = true; // nothing changed
      return toSaleError(outcome);
    }
    const { payment, ...order } = outcome.order;
    return Object.assign(new OnlineCheckout(), order, { payment: Object.assign(new QrPayment(), payment) });
  }

  @Mutation(() => CancelOrderResult, {
    description:
      "Cancels an online order: the member's own while unpaid or paid and not yet started; staff with order:fulfil in the order's store whenever the order state allows. Releases or restocks the goods, returns points and refunds a wallet payment.",
  })
  async cancelOrder(@Args(() => CancelOrderArgs) args: CancelOrderArgs, @Ctx() ctx: Context): Promise<typeof CancelOrderResult> {
    const viewer = authz.requireViewer(ctx.viewer);
    const order = await ctx.db.order.findFirst({
      where: { id: args.orderId, merchantId: viewer.merchantId },
      select: { memberId: true, storeId: true },
    });
    if (!order || (viewer.kind === "MEMBER" && order.memberId !== viewer.memberId)) throw notFound("Order", args.orderId);
    if (viewer.kind === "STAFF") authz.requireInStore(viewer, "order:fulfil", order.storeId ?? "");
    const outcome = await ctx.services.orderCancellation.cancel(args.orderId, viewer.kind, args.reason.trim(), ctx.audit);
    if (!outcome.ok) {
      ctx.audit.written = true;
      return Object.assign(new OrderStateError(), {
        code: outcome.code,
        message: outcome.message,
        currentOrderStatus: outcome.orderStatus,
        currentFulfilmentStatus: outcome.fulfilmentStatus,
      });
    }
    return Object.assign(new OrderCancellation(), outcome);
  }
}
