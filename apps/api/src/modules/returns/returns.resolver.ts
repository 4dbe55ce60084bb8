import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { forbidden, notFound } from "../../errors/api-errors.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { Store } from "../stores/stores.types.ts";
import { toReturnError } from "./return-failure.ts";
import type { ReturnOutcome } from "./returns.service.ts";
import { ApproveReturnInput, CreateReturnInput, RejectReturnInput, RequestReturnInput, ReturnsFilter } from "./returns.inputs.ts";
import { OrderReturn, OrderReturnConnection, ReturnLine, ReturnReceipt, ReturnRefund, ReturnResult } from "./returns.types.ts";

async function toResult(ctx: Context, outcome: ReturnOutcome): Promise<typeof ReturnResult> {
  if (!outcome.ok) {
    ctx.audit.written = true; // nothing changed, so no generic audit row either
    return toReturnError(outcome);
  }
  const row = await ctx.services.returnReads.byId(outcome.returnId);
  return Object.assign(new ReturnReceipt(), { return: Object.assign(new OrderReturn(), row), replayed: outcome.replayed });
}

@Resolver()
export class ReturnsResolver {
  @Mutation(() => ReturnResult, {
    description:
      "A till return: refunds (newest payment first, points as points), restocks or writes off, reverses points and, on a full return, " +
      "restores coupons. Needs refund:create where the goods come back and, for a till sale, in the store that sold it. Idempotent by clientReturnId.",
  })
  async createReturn(@Arg("input", () => CreateReturnInput) input: CreateReturnInput, @Ctx() ctx: Context): Promise<typeof ReturnResult> {
    const { staff } = authz.require(ctx.viewer, "refund:create");
    const order = await ctx.services.returns.locateOrder(staff.merchantId, input);
    const storeId = input.storeId ?? order.defaultReturnStoreId;
    authz.requireInStore(ctx.viewer, "refund:create", storeId);
    if (order.type === "POS_SALE" && order.storeId) authz.requireInStore(ctx.viewer, "refund:create", order.storeId);
    const outcome = await ctx.services.returns.create(
      staff,
      {
        clientReturnId: input.clientReturnId,
        orderId: order.id,
        storeId,
        lines: input.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity, restock: l.restock ?? true })),
        refundTo: input.refundTo,
        reason: input.reason ?? null,
        cardReference: input.cardReference ?? null,
      },
      ctx.audit,
    );
    return toResult(ctx, outcome);
  }

  @Mutation(() => ReturnResult, {
    description: "A member asks to return goods of their own online order (REQUESTED until staff decide). Idempotent by clientReturnId.",
  })
  async requestReturn(
    @Arg("input", () => RequestReturnInput) input: RequestReturnInput,
    @Ctx() ctx: Context,
  ): Promise<typeof ReturnResult> {
    const member = authz.requireMember(ctx.viewer);
    const outcome = await ctx.services.returns.request(
      member,
      {
        clientReturnId: input.clientReturnId,
        orderId: input.orderId,
        lines: input.lines,
        refundTo: input.refundTo,
        reason: input.reason ?? null,
      },
      ctx.audit,
    );
    return toResult(ctx, outcome);
  }

  @Mutation(() => ReturnResult, {
    description: "Completes a requested return: refunds and restocks. Needs refund:create where the goods arrived.",
  })
  async approveReturn(
    @Arg("input", () => ApproveReturnInput) input: ApproveReturnInput,
    @Ctx() ctx: Context,
  ): Promise<typeof ReturnResult> {
    const { staff } = authz.require(ctx.viewer, "refund:create");
    const found = await ctx.services.returns.findReturn(staff.merchantId, input.returnId);
    const storeId = input.storeId ?? found.storeId ?? found.order.storeId;
    if (!storeId) throw notFound("Store");
    authz.requireInStore(ctx.viewer, "refund:create", storeId);
    const outcome = await ctx.services.returns.approve(
      staff,
      { returnId: found.id, storeId, writeOffOrderLineIds: input.writeOffOrderLineIds ?? [], cardReference: input.cardReference ?? null },
      ctx.audit,
    );
    return toResult(ctx, outcome);
  }

  @Mutation(() => ReturnResult, { description: "Turns down a requested return. Needs refund:create where the goods were to come back." })
  async rejectReturn(@Arg("input", () => RejectReturnInput) input: RejectReturnInput, @Ctx() ctx: Context): Promise<typeof ReturnResult> {
    const { staff } = authz.require(ctx.viewer, "refund:create");
    const found = await ctx.services.returns.findReturn(staff.merchantId, input.returnId);
    const storeId = found.storeId ?? found.order.storeId;
    if (!storeId) throw forbidden();
    authz.requireInStore(ctx.viewer, "refund:create", storeId);
    return toResult(ctx, await ctx.services.returns.reject(staff, found.id, input.note ?? null, ctx.audit));
  }

  @Mutation(() => ReturnRefund, { description: "Sends a FAILED wallet refund to the provider again (CONFLICT when it is not FAILED)." })
  async retryRefund(@Arg("refundId", () => ID) refundId: string, @Ctx() ctx: Context): Promise<ReturnRefund> {
    const { staff } = authz.require(ctx.viewer, "refund:create");
    const refund = await ctx.services.returns.findRefund(staff.merchantId, refundId);
    if (!refund.storeId) throw forbidden();
    authz.requireInStore(ctx.viewer, "refund:create", refund.storeId);
    await ctx.services.returns.retryRefund(staff, refund.id, ctx.audit);
    return (await ctx.db.refund.findUniqueOrThrow({ where: { id: refund.id } })) as ReturnRefund;
  }

  @Query(() => OrderReturnConnection, {
    description: "Returns (order:read), newest first: those taken back in, or sold by, a store where the viewer holds it.",
  })
  async returns(
    @Arg("filter", () => ReturnsFilter, { nullable: true }) filter: ReturnsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<OrderReturnConnection> {
    const { staff, scope } = filter?.storeId
      ? { staff: authz.requireInStore(ctx.viewer, "order:read", filter.storeId), scope: "ALL" as const }
      : authz.require(ctx.viewer, "order:read");
    const list = await ctx.services.returnReads.list(staff.merchantId, scope, filter, page);
    return list as unknown as OrderReturnConnection;
  }

  @Query(() => [OrderReturn], {
    description: "The returns of one order: for staff with order:read in its store (or a store that took goods back), or its member.",
  })
  async orderReturns(@Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context): Promise<OrderReturn[]> {
    const viewer = authz.requireViewer(ctx.viewer);
    const order = await ctx.services.returnReads.orderAccess(viewer.merchantId, orderId);
    if (!order) throw notFound("Order", orderId);
    if (viewer.kind === "MEMBER") {
      if (order.memberId !== viewer.memberId) throw notFound("Order", orderId);
    } else {
      const { scope } = authz.require(viewer, "order:read");
      const stores = [order.storeId, ...order.returnStoreIds];
      if (!stores.some((s) => authz.canSeeStore(scope, s))) throw forbidden("Missing permission order:read for this order's store.");
    }
    return (await ctx.services.returnReads.byOrder(order.id)) as OrderReturn[];
  }
}

@Resolver(() => OrderReturn)
export class OrderReturnResolver {
  @FieldResolver(() => Store, { nullable: true })
  async store(@Root() r: OrderReturn, @Ctx() ctx: Context): Promise<Store | null> {
    return r.storeId ? ((await ctx.loaders.store.load(r.storeId)) as Store | null) : null;
  }

  @FieldResolver(() => [ReturnLine])
  async lines(@Root() r: OrderReturn, @Ctx() ctx: Context): Promise<ReturnLine[]> {
    const rows = await ctx.loaders.returnLinesByReturn.load(r.id);
    return rows.map((l) => ({
      id: l.id,
      orderLineId: l.orderLineId,
      quantity: l.quantity,
      amount: l.amount,
      restock: l.restock,
      ...l.orderLine,
    }));
  }

  @FieldResolver(() => [ReturnRefund])
  async refunds(@Root() r: OrderReturn, @Ctx() ctx: Context): Promise<ReturnRefund[]> {
    return (await ctx.loaders.refundsByReturn.load(r.id)) as ReturnRefund[];
  }

  @FieldResolver(() => Int)
  async pointsRestored(@Root() r: OrderReturn, @Ctx() ctx: Context): Promise<number> {
    return (await pointsOf(r, ctx)).restored;
  }

  @FieldResolver(() => Int)
  async pointsClawedBack(@Root() r: OrderReturn, @Ctx() ctx: Context): Promise<number> {
    return (await pointsOf(r, ctx)).clawedBack;
  }

  @FieldResolver(() => Int)
  async pointsShortfall(@Root() r: OrderReturn, @Ctx() ctx: Context): Promise<number> {
    if (r.status !== "COMPLETED") return 0;
    return Math.max(0, r.pointsReversed - (await pointsOf(r, ctx)).clawedBack);
  }
}

/** The member's points ledger entries a return wrote (tagged "return <number>"). */
async function pointsOf(r: OrderReturn, ctx: Context) {
  const entries = (await ctx.loaders.returnPointsByOrder.load(r.orderId)).filter((e) => e.note === `return ${r.number}`);
  return {
    restored: entries.filter((e) => e.reason === "REFUND").reduce((s, e) => s + e.delta, 0),
    clawedBack: -entries.filter((e) => e.reason === "REVERSAL").reduce((s, e) => s + e.delta, 0),
  };
}
