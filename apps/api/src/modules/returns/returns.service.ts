import type { OrderType } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { MemberViewer, StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { newId } from "../../db/bulk-insert.ts";
import { badInput, conflict, notFound } from "../../errors/api-errors.ts";
import type { RefundMethod } from "../../generated/prisma/enums.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { nextOrderNumber } from "../checkout/order-number.ts";
import type { PricingReferenceCache } from "../checkout/pricing-reference.ts";
import type { RefundSettlement } from "../payments/refund-settlement.ts";
import { assertDistinctLines, decide, lineRefund, notPending, type ReturnGoods, returnAudit } from "./return-decision.ts";
import { type ReturnFailure, ReturnRejected, returnFailure } from "./return-failure.ts";
import { loadReturnSnapshot, type ReturnSnapshot } from "./return-snapshot.ts";
import { applyReturn } from "./return.writer.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";

export type { ReturnGoods };

export type ReturnOutcome = { ok: true; returnId: string; replayed: boolean } | ReturnFailure;

export type CreateReturnCommand = {
  clientReturnId: string;
  orderId: string;
  /** Where the goods come back (already authorised by the caller). */
  storeId: string;
  lines: ReturnGoods[];
  refundTo: RefundMethod;
  reason: string | null;
  cardReference: string | null;
};

export type RequestReturnCommand = Omit<CreateReturnCommand, "storeId" | "lines" | "cardReference"> & {
  lines: { orderLineId: string; quantity: number }[];
};

export type LocatedOrder = { id: string; type: OrderType; storeId: string | null; memberId: string | null; defaultReturnStoreId: string };

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

/**
 * Returns and refunds: a till return (createReturn) is planned by the domain and applied in one transaction under the
 * order's row lock; a member's request is recorded REQUESTED and applied the same way when staff approve it. Wallet
 * refunds are recorded PENDING in that transaction and sent to the provider after commit (see RefundSettlement).
 */
export class ReturnsService {
  constructor(
    private readonly db: Db,
    private readonly settlement: RefundSettlement,
    private readonly references: PricingReferenceCache,
    private readonly relay: OutboxRelay,
  ) {}

  /** The order a return refers to (by id or receipt number) and where its goods go back by default. */
  async locateOrder(merchantId: string, ref: { orderId?: string | null; orderNumber?: string | null }): Promise<LocatedOrder> {
    if (!ref.orderId === !ref.orderNumber)
      throw badInput("Give either orderId or orderNumber.", [{ field: "orderId", message: "one of orderId, orderNumber" }]);
    const order = await this.db.order.findFirst({
      where: { merchantId, ...(ref.orderId ? { id: ref.orderId } : { number: ref.orderNumber?.trim() ?? "" }) },
      select: { id: true, type: true, storeId: true, memberId: true },
    });
    if (!order) throw notFound("Order", ref.orderId ?? ref.orderNumber ?? undefined);
    return { ...order, defaultReturnStoreId: await this.defaultReturnStore(this.db, merchantId, order) };
  }

  /** A till sale comes back to its store; online orders to the warehouse (or their store when there is none). */
  private async defaultReturnStore(db: Db | Tx, merchantId: string, order: { type: OrderType; storeId: string | null }): Promise<string> {
    if (order.type === "POS_SALE" && order.storeId) return order.storeId;
    const warehouse = await db.store.findFirst({
      where: { merchantId, type: "WAREHOUSE", active: true },
      orderBy: { code: "asc" },
      select: { id: true },
    });
    const storeId = warehouse?.id ?? order.storeId;
    if (!storeId) throw badInput("Say where the goods come back.", [{ field: "storeId", message: "required for this order" }]);
    return storeId;
  }

  async create(staff: StaffViewer, cmd: CreateReturnCommand, audit: RequestAudit): Promise<ReturnOutcome> {
    const replay = await this.replay(staff.merchantId, cmd.clientReturnId, cmd.orderId);
    if (replay) return replay;
    assertDistinctLines(cmd.lines);
    await this.requireLocation(staff.merchantId, cmd.storeId);
    const { settings } = await this.references.get(staff.merchantId);
    const at = new Date();
    return this.run(staff.merchantId, cmd, staff.staffId, async (tx) => {
      const order = await this.lockOrder(tx, staff.merchantId, cmd.orderId);
      if (await tx.orderReturn.findUnique({ where: { clientReturnId: cmd.clientReturnId }, select: { id: true } })) return null;
      const { plan, newStatus } = decide(order, cmd.lines, cmd.refundTo);
      const number = await nextOrderNumber(tx, "R");
      const returnId = newId();
      await tx.orderReturn.create({
        data: {
          id: returnId,
          orderId: order.id,
          number,
          status: "COMPLETED",
          reason: cmd.reason,
          refundMethod: cmd.refundTo,
          refundTotal: plan.refundTotal,
          pointsReversed: plan.pointsToClawBack,
          staffId: staff.staffId,
          storeId: cmd.storeId,
          clientReturnId: cmd.clientReturnId,
          createdAt: at,
          completedAt: at,
          lines: {
            create: cmd.lines.map((l) => ({
              orderLineId: l.orderLineId,
              quantity: l.quantity,
              restock: l.restock,
              amount: lineRefund(plan, l.orderLineId),
            })),
          },
        },
      });
      const applied = await applyReturn(tx, {
        snapshot: order,
        plan,
        newStatus,
        returnId,
        returnNumber: number,
        goods: cmd.lines,
        locationId: cmd.storeId,
        actorId: staff.staffId,
        cardReference: cmd.cardReference,
        pointsValidityDays: settings.pointsValidityDays,
        at,
      });
      await audit.record(
        tx,
        returnAudit("return.create", order, cmd.storeId, {
          id: returnId,
          number,
          refundTo: cmd.refundTo,
          goods: cmd.lines,
          plan,
          newStatus,
          applied,
        }),
      );
      return { returnId, pending: applied.pendingRefundIds };
    });
  }

  /** A member asks to send goods of their own online order back; nothing moves until staff approve. */
  async request(member: MemberViewer, cmd: RequestReturnCommand, audit: RequestAudit): Promise<ReturnOutcome> {
    const own = await this.db.order.count({ where: { id: cmd.orderId, merchantId: member.merchantId, memberId: member.memberId } });
    if (own === 0) throw notFound("Order", cmd.orderId);
    const replay = await this.replay(member.merchantId, cmd.clientReturnId, cmd.orderId);
    if (replay) return replay;
    assertDistinctLines(cmd.lines);
    const at = new Date();
    return this.run(member.merchantId, cmd, null, async (tx) => {
      const order = await this.lockOrder(tx, member.merchantId, cmd.orderId);
      if (order.memberId !== member.memberId) throw notFound("Order", cmd.orderId);
      if (await tx.orderReturn.findUnique({ where: { clientReturnId: cmd.clientReturnId }, select: { id: true } })) return null;
      if (order.type === "POS_SALE")
        throw new ReturnRejected(returnFailure("ORDER_NOT_RETURNABLE", "Till sales are returned at the store, with the receipt."));
      // Units in other undecided requests count as returned, so the same unit cannot be asked for twice.
      const { plan } = decide(order, cmd.lines, cmd.refundTo, true);
      const storeId = await this.defaultReturnStore(tx, member.merchantId, order);
      const number = await nextOrderNumber(tx, "R");
      const returnId = newId();
      await tx.orderReturn.create({
        data: {
          id: returnId,
          orderId: order.id,
          number,
          status: "REQUESTED",
          reason: cmd.reason,
          refundMethod: cmd.refundTo,
          refundTotal: plan.refundTotal,
          storeId,
          clientReturnId: cmd.clientReturnId,
          createdAt: at,
          lines: {
            create: cmd.lines.map((l) => ({
              orderLineId: l.orderLineId,
              quantity: l.quantity,
              restock: true,
              amount: lineRefund(plan, l.orderLineId),
            })),
          },
        },
      });
      await audit.record(tx, {
        action: "return.request",
        entityType: "OrderReturn",
        entityId: returnId,
        storeId,
        after: { number, orderId: order.id, lines: cmd.lines, refundTo: cmd.refundTo, estimatedRefund: plan.refundTotal },
      });
      return { returnId, pending: [] };
    });
  }

  /** Staff received the goods of a requested return: refund and restock them as a till return would. */
  async approve(
    staff: StaffViewer,
    cmd: { returnId: string; storeId: string; writeOffOrderLineIds: string[]; cardReference: string | null },
    audit: RequestAudit,
  ): Promise<ReturnOutcome> {
    const found = await this.findReturn(staff.merchantId, cmd.returnId);
    await this.requireLocation(staff.merchantId, cmd.storeId);
    const { settings } = await this.references.get(staff.merchantId);
    const at = new Date();
    const writeOff = new Set(cmd.writeOffOrderLineIds);
    return this.run(staff.merchantId, null, staff.staffId, async (tx) => {
      const order = await this.lockOrder(tx, staff.merchantId, found.orderId);
      const current = await this.lockPendingReturn(tx, cmd.returnId);
      const stranger = cmd.writeOffOrderLineIds.findIndex((id) => !current.lines.some((l) => l.orderLineId === id));
      if (stranger >= 0)
        throw badInput("Write off only lines of this return.", [
          { field: `writeOffOrderLineIds.${stranger}`, message: "not in the return" },
        ]);
      const goods = current.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity, restock: !writeOff.has(l.orderLineId) }));
      const { plan, newStatus } = decide(order, goods, current.refundMethod);
      await tx.orderReturn.update({
        where: { id: current.id },
        data: {
          status: "COMPLETED",
          completedAt: at,
          staffId: staff.staffId,
          storeId: cmd.storeId,
          refundTotal: plan.refundTotal,
          pointsReversed: plan.pointsToClawBack,
        },
      });
      for (const line of current.lines) {
        await tx.returnLine.update({
          where: { id: line.id },
          data: { amount: lineRefund(plan, line.orderLineId), restock: !writeOff.has(line.orderLineId) },
        });
      }
      const applied = await applyReturn(tx, {
        snapshot: order,
        plan,
        newStatus,
        returnId: current.id,
        returnNumber: current.number,
        goods,
        locationId: cmd.storeId,
        actorId: staff.staffId,
        cardReference: cmd.cardReference,
        pointsValidityDays: settings.pointsValidityDays,
        at,
      });
      const record = { id: current.id, number: current.number, refundTo: current.refundMethod, goods, plan, newStatus, applied };
      await audit.record(tx, returnAudit("return.approve", order, cmd.storeId, record));
      return { returnId: current.id, pending: applied.pendingRefundIds };
    });
  }

  async reject(staff: StaffViewer, returnId: string, note: string | null, audit: RequestAudit): Promise<ReturnOutcome> {
    const found = await this.findReturn(staff.merchantId, returnId);
    return this.db.$transaction(async (tx) => {
      const rejected = await tx.orderReturn.updateMany({
        where: { id: returnId, status: "REQUESTED" },
        data: { status: "REJECTED", staffId: staff.staffId },
      });
      if (rejected.count === 0) return notPending(found.status);
      await audit.record(tx, {
        action: "return.reject",
        entityType: "OrderReturn",
        entityId: returnId,
        storeId: found.storeId,
        before: { status: found.status },
        after: { status: "REJECTED", note },
      });
      return { ok: true as const, returnId, replayed: false };
    });
  }

  /** Sends a FAILED wallet refund again. */
  async retryRefund(staff: StaffViewer, refundId: string, audit: RequestAudit): Promise<void> {
    const retried = await this.settlement.retry(refundId, staff.staffId);
    if (!retried) throw conflict("Only a FAILED refund can be retried.");
    const after = await this.db.refund.findUniqueOrThrow({ where: { id: refundId } });
    await audit.record(this.db, {
      action: "refund.retry",
      entityType: "Refund",
      entityId: refundId,
      before: { status: "FAILED" },
      after: { status: after.status },
    });
  }

  /** A return of the merchant, for authorisation and reads. */
  async findReturn(merchantId: string, returnId: string) {
    const found = await this.db.orderReturn.findFirst({
      where: { id: returnId, order: { merchantId } },
      select: { id: true, orderId: true, status: true, storeId: true, order: { select: { storeId: true, memberId: true } } },
    });
    if (!found) throw notFound("Return", returnId);
    return found;
  }

  /** A refund of the merchant with the stores that may act on it. */
  async findRefund(merchantId: string, refundId: string) {
    const found = await this.db.refund.findFirst({
      where: { id: refundId, order: { merchantId } },
      select: { id: true, return: { select: { storeId: true } }, order: { select: { storeId: true } } },
    });
    if (!found) throw notFound("Refund", refundId);
    return { id: found.id, storeId: found.return?.storeId ?? found.order.storeId };
  }

  /** Runs a return transaction; turns ReturnRejected into a failure value, a replay into the first result, then settles wallet refunds. */
  private async run(
    merchantId: string,
    idempotency: { clientReturnId: string; orderId: string } | null,
    staffId: string | null,
    body: (tx: Tx) => Promise<{ returnId: string; pending: string[] } | null>,
  ): Promise<ReturnOutcome> {
    let result: { returnId: string; pending: string[] } | null;
    try {
      result = await this.db.$transaction(body, TX_OPTIONS);
    } catch (error) {
      if (error instanceof ReturnRejected) return error.failure;
      const replay =
        idempotency && isUniqueViolation(error) ? await this.replay(merchantId, idempotency.clientReturnId, idempotency.orderId) : null;
      if (replay) return replay;
      throw error;
    }
    if (!result) {
      const replay = idempotency ? await this.replay(merchantId, idempotency.clientReturnId, idempotency.orderId) : null;
      if (!replay) throw new Error("a return reported a replay that cannot be found");
      return replay;
    }
    void this.relay.kick();
    await this.settlement.settle(result.pending, staffId);
    return { ok: true, returnId: result.returnId, replayed: false };
  }

  private async replay(merchantId: string, clientReturnId: string, orderId: string): Promise<ReturnOutcome | null> {
    const found = await this.db.orderReturn.findUnique({
      where: { clientReturnId },
      select: { id: true, orderId: true, order: { select: { merchantId: true } } },
    });
    if (!found) return null;
    if (found.order.merchantId !== merchantId || found.orderId !== orderId)
      throw conflict("This clientReturnId was already used for another return.");
    return { ok: true, returnId: found.id, replayed: true };
  }

  private async lockOrder(tx: Tx, merchantId: string, orderId: string): Promise<ReturnSnapshot> {
    const order = await loadReturnSnapshot(tx, merchantId, orderId);
    if (!order) throw notFound("Order", orderId);
    return order;
  }

  private async lockPendingReturn(tx: Tx, returnId: string) {
    const locked = await tx.$queryRawUnsafe<{ status: string }[]>(
      `SELECT status::text AS status FROM "OrderReturn" WHERE id = $1 FOR UPDATE`,
      returnId,
    );
    const status = locked[0]?.status;
    if (status !== "REQUESTED") throw new ReturnRejected(notPending(status ?? "missing"));
    return tx.orderReturn.findUniqueOrThrow({ where: { id: returnId }, include: { lines: { orderBy: { id: "asc" } } } });
  }

  private async requireLocation(merchantId: string, storeId: string): Promise<void> {
    const store = await this.db.store.findFirst({ where: { id: storeId, merchantId, active: true }, select: { id: true } });
    if (!store) throw notFound("Store", storeId);
  }
}
