import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { forbidden, notFound } from "../../errors/api-errors.ts";
import { SimulatedPaymentNotification, SimulateWalletPaymentArgs } from "./wallet-simulation.types.ts";

@Resolver()
export class WalletSimulationResolver {
  @Mutation(() => SimulatedPaymentNotification, {
    description:
      "Development and tests only: the wallet simulator pays (or declines) a pending QR payment and POSTs the signed notification to this API's webhook. For the paying member or staff with order:read in the order's store.",
  })
  async simulateWalletPayment(
    @Args(() => SimulateWalletPaymentArgs) args: SimulateWalletPaymentArgs,
    @Ctx() ctx: Context,
  ): Promise<SimulatedPaymentNotification> {
    if (ctx.services.config.nodeEnv === "production") throw forbidden("The wallet simulator is not available in production.");
    const viewer = authz.requireViewer(ctx.viewer);
    const payment = await ctx.db.payment.findUnique({
      where: { id: args.paymentId },
      select: {
        provider: true,
        providerReference: true,
        amount: true,
        order: { select: { merchantId: true, memberId: true, storeId: true } },
      },
    });
    if (!payment || payment.order.merchantId !== viewer.merchantId) throw notFound("Payment", args.paymentId);
    if (viewer.kind === "MEMBER" && payment.order.memberId !== viewer.memberId) throw notFound("Payment", args.paymentId);
    if (viewer.kind === "STAFF") authz.requireInStore(viewer, "order:read", payment.order.storeId ?? "");
    if (!payment.providerReference) throw notFound("Payment", args.paymentId);
    ctx.audit.written = true; // the webhook writes the audit rows of what the notification changed
    return ctx.services.walletSimulation.deliver(
      { provider: payment.provider, providerReference: payment.providerReference, amount: payment.amount },
      args.outcome,
    );
  }
}
