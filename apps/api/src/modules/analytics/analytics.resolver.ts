import { Arg, Ctx, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { forbidden } from "../../errors/api-errors.ts";
import type { OrderUpdatedPayload } from "../../outbox/topics.ts";
import { AnalyticsService } from "./analytics.service.ts";
import { SalesRangeGql, SalesSummary, SalesTick } from "./analytics.types.ts";
import type { SalesRange } from "./sales-window.ts";

type TickArgs = { storeId?: string | null };

/** The dashboard: sales figures for a period, and a tick whenever an order the viewer may report on changes. */
@Resolver()
export class AnalyticsResolver {
  @Query(() => SalesSummary, {
    description:
      "Sales, orders, average basket, by store and channel, over time, top products, category mix and new vs returning members (report:read; store-scoped viewers see their stores).",
  })
  async salesSummary(
    @Arg("range", () => SalesRangeGql, { defaultValue: "TODAY" }) range: SalesRange,
    @Arg("storeId", () => ID, { nullable: true, description: "One store; omit for every store the viewer may report on." })
    storeId: string | null,
    @Ctx() ctx: Context,
  ): Promise<SalesSummary> {
    const { staff, scope } = authz.require(ctx.viewer, "report:read");
    if (storeId && !authz.canSeeStore(scope, storeId)) throw forbidden("Missing permission report:read in this store.");
    return new AnalyticsService(ctx.db).summary(staff.merchantId, scope, range, storeId ?? null);
  }

  @Subscription(() => SalesTick, {
    description:
      "An order of the viewer's stores changed (a sale, payment, refund or cancellation), from the order events of the outbox (report:read).",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, TickArgs, Context>) => {
      const { staff, scope } = authz.require(context.viewer, "report:read");
      if (args.storeId && !authz.canSeeStore(scope, args.storeId)) throw forbidden("Missing permission report:read in this store.");
      return context.services.orderFeed.stream(
        "ORDER_UPDATED",
        (p) => p.merchantId === staff.merchantId && authz.canSeeStore(scope, p.storeId) && (!args.storeId || p.storeId === args.storeId),
      );
    },
  })
  salesUpdated(@Root() payload: OrderUpdatedPayload, @Arg("storeId", () => ID, { nullable: true }) _storeId: string | null): SalesTick {
    return {
      orderId: payload.orderId,
      number: payload.number,
      storeId: payload.storeId,
      status: payload.status,
      total: payload.total,
      at: new Date(payload.at),
    };
  }
}
