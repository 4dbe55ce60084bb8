import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PosSale, PosSaleInput } from "./checkout.types.ts";
import { PosSaleResult, toSaleError } from "./sale-errors.ts";

@Resolver()
export class CheckoutResolver {
  @Mutation(() => PosSaleResult, {
    description:
      "Records a till sale: prices it on the server, takes the tenders, updates stock, points and coupons. Idempotent by clientSaleId.",
  })
  async createPosSale(@Arg("input", () => PosSaleInput) input: PosSaleInput, @Ctx() ctx: Context): Promise<typeof PosSaleResult> {
    const staff = authz.requireInStore(ctx.viewer, "sale:create", input.storeId);
    const outcome = await ctx.services.posSales.sell(staff, { ...input, couponCodes: input.couponCodes ?? [] }, ctx.audit);
    if (!outcome.ok) {
      ctx.audit.written = true; // nothing changed; failures worth keeping are in the exception log
      return toSaleError(outcome);
    }
    return Object.assign(new PosSale(), { orderId: outcome.orderId, replayed: outcome.replayed, change: outcome.change });
  }
}
