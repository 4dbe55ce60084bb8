import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { Member } from "../members/members.types.ts";
import { SalesChannel, Store } from "../stores/stores.types.ts";
import { OrderByNumberArgs, OrderFilter, OrderSort } from "./orders.inputs.ts";
import { Fulfilment, LineDiscount, Order, OrderAdjustment, OrderConnection, OrderLine, Payment, TrackingEvent } from "./orders.types.ts";

@Resolver(() => Order)
export class OrdersResolver {
  @Query(() => OrderConnection, {
    description:
      "Orders of the stores where the viewer holds order:read, newest first by default. Online orders without a store need merchant-wide order:read.",
  })
  async orders(
    @Arg("filter", () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Arg("sort", () => OrderSort, { nullable: true }) sort: OrderSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<OrderConnection> {
    const { staff, scope } = authz.require(ctx.viewer, "order:read");
    return (await ctx.services.orders.list(staff.merchantId, scope, filter, sort, page)) as unknown as OrderConnection;
  }

  @Query(() => Order, {
    description:
      "One order. Staff with order:read: NOT_FOUND when there is no such order, FORBIDDEN when it is another store's. Members: their own orders only (others are NOT_FOUND).",
  })
  async order(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Order> {
    const viewer = authz.requireViewer(ctx.viewer);
    if (viewer.kind === "MEMBER") return ctx.services.orders.forMember(viewer, id);
    const { staff, scope } = authz.require(viewer, "order:read");
    return ctx.services.orders.forStaff(staff.merchantId, scope, id);
  }

  @Query(() => Order, {
    nullable: true,
    description: "The till's lookup by receipt number (order:read): null when there is none, FORBIDDEN when it is another store's.",
  })
  async orderByNumber(@Args(() => OrderByNumberArgs) args: OrderByNumberArgs, @Ctx() ctx: Context): Promise<Order | null> {
    const { staff, scope } = authz.require(ctx.viewer, "order:read");
    return ctx.services.orders.byNumber(staff.merchantId, scope, args.number);
  }

  @Query(() => OrderConnection, { description: "The signed-in member's orders, newest first." })
  async myOrders(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<OrderConnection> {
    const member = authz.requireMember(ctx.viewer);
    return (await ctx.services.orders.ofMember(member, page)) as unknown as OrderConnection;
  }

  @FieldResolver(() => SalesChannel)
  async channel(@Root() order: Order, @Ctx() ctx: Context): Promise<SalesChannel> {
    return (await ctx.loaders.salesChannel.load(order.channelId)) as SalesChannel;
  }

  @FieldResolver(() => Store, { nullable: true })
  async store(@Root() order: Order, @Ctx() ctx: Context): Promise<Store | null> {
    return order.storeId ? ((await ctx.loaders.store.load(order.storeId)) as Store | null) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  async member(@Root() order: Order, @Ctx() ctx: Context): Promise<Member | null> {
    const viewer = ctx.viewer;
    if (!order.memberId || !viewer) return null;
    // Only reachable by members for their own orders; staff who may not read members (e.g. stock clerks) get null.
    const allowed = viewer.kind === "MEMBER" ? viewer.memberId === order.memberId : authz.scopeOf(viewer, "member:read") !== null;
    return allowed ? ctx.loaders.member.load(order.memberId) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async staffName(@Root() order: Order, @Ctx() ctx: Context): Promise<string | null> {
    return order.staffId ? ((await ctx.loaders.staff.load(order.staffId))?.displayName ?? null) : null;
  }

  @FieldResolver(() => [OrderLine])
  async lines(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderLine[]> {
    return ctx.loaders.linesByOrder.load(order.id);
  }

  @FieldResolver(() => [Payment])
  async payments(@Root() order: Order, @Ctx() ctx: Context): Promise<Payment[]> {
    return ctx.loaders.paymentsByOrder.load(order.id);
  }

  @FieldResolver(() => [Fulfilment])
  async fulfilments(@Root() order: Order, @Ctx() ctx: Context): Promise<Fulfilment[]> {
    return ctx.loaders.fulfilmentsByOrder.load(order.id);
  }

  @FieldResolver(() => [OrderAdjustment])
  async adjustments(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderAdjustment[]> {
    return ctx.loaders.adjustmentsByOrder.load(order.id);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => [LineDiscount])
  async discounts(@Root() line: OrderLine, @Ctx() ctx: Context): Promise<LineDiscount[]> {
    return ctx.loaders.discountsByLine.load(line.id);
  }
}

@Resolver(() => Fulfilment)
export class FulfilmentResolver {
  @FieldResolver(() => Store, { nullable: true })
  async pickupStore(@Root() fulfilment: Fulfilment, @Ctx() ctx: Context): Promise<Store | null> {
    return fulfilment.pickupStoreId ? ((await ctx.loaders.store.load(fulfilment.pickupStoreId)) as Store | null) : null;
  }

  @FieldResolver(() => [TrackingEvent])
  async events(@Root() fulfilment: Fulfilment, @Ctx() ctx: Context): Promise<TrackingEvent[]> {
    return ctx.loaders.trackingByFulfilment.load(fulfilment.id);
  }
}
