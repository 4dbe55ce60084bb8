import { maxRedeemablePoints, planPointsRedemption } from "@o2o/domain";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { badInput, notFound } from "../../errors/api-errors.ts";
import { cartPreviewOf } from "../marketing/promotion-preview.ts";
import { PosSalePreview, PosSalePreviewInput } from "./pos-sale-preview.types.ts";

@Resolver()
export class PosSalePreviewResolver {
  @Query(() => PosSalePreview, {
    description:
      "Prices a till cart exactly as createPosSale would (member prices, promotions, coupons, manual discounts, points), writing nothing (sale:create in the store). Tills show these totals.",
  })
  async posSalePreview(@Arg("input", () => PosSalePreviewInput) input: PosSalePreviewInput, @Ctx() ctx: Context): Promise<PosSalePreview> {
    const staff = authz.requireInStore(ctx.viewer, "sale:create", input.storeId);
    const priced = await ctx.services.pricer.price({
      merchantId: staff.merchantId,
      storeId: input.storeId,
      channel: "POS",
      memberId: input.memberId ?? null,
      lines: input.lines,
      couponCodes: input.couponCodes ?? [],
      at: new Date(),
    });
    if (!priced.ok) {
      if (priced.code === "MEMBER_NOT_FOUND") throw notFound("Member", priced.reference);
      throw badInput(priced.message, [{ field: "lines", message: priced.message }]);
    }
    const { sale } = priced;
    const config = sale.reference.settings.redemption;
    const total = sale.cart.total;
    const max = sale.member
      ? maxRedeemablePoints({ balance: sale.member.pointsBalance, orderTotal: total, config })
      : { points: 0, value: 0 };
    let points = { used: 0, value: 0, error: null as string | null };
    if (input.pointsToRedeem > 0) {
      if (!sale.member) points.error = "POINTS_NEED_MEMBER";
      else {
        const plan = planPointsRedemption({
          balance: sale.member.pointsBalance,
          requestedPoints: input.pointsToRedeem,
          orderTotal: total,
          config,
        });
        points = plan.ok ? { used: plan.points, value: plan.value, error: null } : { used: 0, value: 0, error: plan.code };
      }
    }
    return {
      cart: cartPreviewOf(sale),
      cashRounding: sale.reference.settings.cashRounding,
      manualProblems: sale.cart.manualResults.flatMap((r) => (r.ok ? [] : [{ lineId: r.lineId, code: r.code, message: r.message }])),
      maxRedeemablePoints: max.points,
      pointsUsed: points.used,
      pointsValue: points.value,
      pointsError: points.error,
      amountDue: total - points.value,
    };
  }
}
