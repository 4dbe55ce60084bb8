import { timingSafeEqual } from "node:crypto";
import { type FulfilmentEvent, type OrderEvent, transition, transitionFulfilment } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import type { FulfilmentStatus } from "../../generated/prisma/enums.ts";
import { emitAll } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { orderUpdatedMessage } from "../online-checkout/order-events.ts";
import { lockOrder } from "../online-checkout/order-lock.ts";
import { fulfilmentStatusToDb, fulfilmentStatusToDomain } from "./fulfilment-status.ts";

export type FulfilmentAction =
  | { kind: "START_PICKING" }
  | { kind: "PACK" }
  | { kind: "SHIP"; carrier: string; trackingNumber: string }
  | { kind: "DELIVER" }
  | { kind: "MARK_READY" }
  | { kind: "COLLECT"; pickupCode: string }
  | { kind: "TRACK"; status: string; description: string; location: string | null; occurredAt: Date | null };

/** Each store action as a move of the fulfilment machine and, where the order's status follows, of the order machine. */
const MOVES: Record<FulfilmentAction["kind"], { fulfilment: FulfilmentEvent | null; order: OrderEvent | null }> = {
  START_PICKING: { fulfilment: "START_PICKING", order: "START_PROCESSING" },
  PACK: { fulfilment: "PACK", order: null },
  SHIP: { fulfilment: "DISPATCH", order: "SHIP" },
  DELIVER: { fulfilment: "DELIVER", order: "DELIVER" },
  MARK_READY: { fulfilment: "MARK_READY", order: "MARK_READY" },
  COLLECT: { fulfilment: "COLLECT", order: "COLLECT" },
  TRACK: { fulfilment: null, order: null },
};

type FulfilmentChanges = {
  status: FulfilmentStatus;
  carrier?: string;
  trackingNumber?: string;
  shippedAt?: Date;
  deliveredAt?: Date;
  readyAt?: Date;
  collectedAt?: Date;
};

export type FulfilmentProgressView = {
  orderId: string;
  orderNumber: string;
  orderStatus: string;
  fulfilmentId: string;
  fulfilmentType: string;
  fulfilmentStatus: string;
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  readyAt: Date | null;
  collectedAt: Date | null;
};

export type FulfilmentOutcome =
  | { ok: true; progress: FulfilmentProgressView }
  | { ok: false; code: string; message: string; orderStatus: string | null; fulfilmentStatus: string | null };

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Store work on online orders: pick, pack, ship and deliver, or get ready and hand over at pickup. Every action moves the
 * domain machines (invalid moves come back as values with their reason code), under a lock on the order row, and
 * tells subscribers through ORDER_UPDATED.
 */
export class FulfilmentService {
  constructor(
    private readonly db: Db,
    private readonly relay: OutboxRelay,
  ) {}

  /** The store that fulfils an order (for the caller's permission check). */
  async storeOf(merchantId: string, orderId: string): Promise<string> {
    const order = await this.db.order.findFirst({ where: { id: orderId, merchantId }, select: { storeId: true } });
    if (!order?.storeId) throw notFound("Order", orderId);
    return order.storeId;
  }

  async act(orderId: string, action: FulfilmentAction, audit: RequestAudit): Promise<FulfilmentOutcome> {
    const at = new Date();
    const outcome = await this.db.$transaction(async (tx): Promise<FulfilmentOutcome> => {
      const order = await lockOrder(tx, orderId);
      if (!order) throw notFound("Order", orderId);
      const fulfilment = await tx.fulfilment.findFirst({ where: { orderId }, orderBy: { createdAt: "asc" } });
      const refused = (code: string, message: string): FulfilmentOutcome => ({
        ok: false,
        code,
        message,
        orderStatus: order.status,
        fulfilmentStatus: fulfilment?.status ?? null,
      });
      if (!fulfilment || order.type === "POS_SALE") return refused("INVALID_TRANSITION", "This order has nothing to fulfil.");

      const move = MOVES[action.kind];
      let fulfilmentStatus = fulfilment.status;
      if (move.fulfilment) {
        const f = transitionFulfilment(fulfilment.type, fulfilmentStatusToDomain(fulfilment.status), move.fulfilment);
        if (!f.ok) return refused(f.code, f.message);
        fulfilmentStatus = fulfilmentStatusToDb(f.status);
      } else if (fulfilment.type !== "DELIVERY" || fulfilment.status === "CANCELLED") {
        return refused("INVALID_TRANSITION", "Tracking events belong to deliveries that are not cancelled.");
      }
      let orderStatus = order.status;
      // Picking a paid order starts processing it; a second picking round (already PROCESSING) leaves the order as it is.
      if (move.order && !(move.order === "START_PROCESSING" && order.status === "PROCESSING")) {
        const o = transition({ type: order.type, status: order.status }, move.order);
        if (!o.ok) return refused(o.code, o.message);
        orderStatus = o.status;
      }
      if (action.kind === "COLLECT" && !sameCode(action.pickupCode, fulfilment.pickupCode ?? "")) {
        return {
          ok: false,
          code: "PICKUP_CODE_INVALID",
          message: "The pickup code does not match this order.",
          orderStatus: order.status,
          fulfilmentStatus: fulfilment.status,
        };
      }

      const changes: FulfilmentChanges = { status: fulfilmentStatus };
      if (action.kind === "SHIP") Object.assign(changes, { carrier: action.carrier, trackingNumber: action.trackingNumber, shippedAt: at });
      if (action.kind === "DELIVER") changes.deliveredAt = at;
      if (action.kind === "MARK_READY") changes.readyAt = at;
      if (action.kind === "COLLECT") changes.collectedAt = at;
      const updated = await tx.fulfilment.updateMany({ where: { id: fulfilment.id, status: fulfilment.status }, data: changes });
      if (updated.count !== 1) throw new Error(`fulfilment ${fulfilment.id} changed under the order lock`);
      if (orderStatus !== order.status) {
        await tx.$executeRawUnsafe(
          `UPDATE "Order" SET status = $2::"OrderStatus", "updatedAt" = now() WHERE id = $1 AND status = $3::"OrderStatus"`,
          orderId,
          orderStatus,
          order.status,
        );
      }
      const tracking = trackingEventOf(action);
      if (tracking)
        await tx.trackingEvent.create({ data: { fulfilmentId: fulfilment.id, ...tracking, occurredAt: tracking.occurredAt ?? at } });

      await emitAll(tx, [orderUpdatedMessage({ ...order, status: orderStatus }, at)]);
      await audit.record(tx, {
        action: `fulfilment.${action.kind.toLowerCase()}`,
        entityType: "Order",
        entityId: orderId,
        storeId: order.storeId,
        before: { status: order.status, fulfilmentStatus: fulfilment.status },
        after: { status: orderStatus, fulfilmentStatus, ...(action.kind === "COLLECT" ? {} : { action }) },
      });
      const f = { ...fulfilment, ...changes };
      return {
        ok: true,
        progress: {
          orderId,
          orderNumber: order.number,
          orderStatus,
          fulfilmentId: f.id,
          fulfilmentType: f.type,
          fulfilmentStatus,
          carrier: f.carrier,
          trackingNumber: f.trackingNumber,
          shippedAt: f.shippedAt,
          deliveredAt: f.deliveredAt,
          readyAt: f.readyAt,
          collectedAt: f.collectedAt,
        },
      };
    });
    if (outcome.ok) void this.relay.kick();
    return outcome;
  }
}

function trackingEventOf(
  action: FulfilmentAction,
): { status: string; description: string; location: string | null; occurredAt: Date | null } | null {
  if (action.kind === "SHIP")
    return {
      status: "SHIPPED",
      description: `已发货 Shipped with ${action.carrier}, tracking number ${action.trackingNumber}`,
      location: null,
      occurredAt: null,
    };
  if (action.kind === "DELIVER") return { status: "DELIVERED", description: "已签收 Delivered", location: null, occurredAt: null };
  if (action.kind === "TRACK")
    return { status: action.status, description: action.description, location: action.location, occurredAt: action.occurredAt };
  return null;
}
