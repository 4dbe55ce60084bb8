import type { OutboxMessage } from "../../outbox/outbox.ts";

export type OrderFacts = {
  id: string;
  merchantId: string;
  number: string;
  storeId: string | null;
  memberId: string | null;
  status: string;
  total: number;
};

export type PaymentFacts = { id: string; status: string; tender: string; amount: number };

/** ORDER_UPDATED for an order's new state (written to the outbox in the transaction that made it). */
export function orderUpdatedMessage(order: OrderFacts, at: Date): OutboxMessage {
  return {
    topic: "ORDER_UPDATED",
    payload: {
      merchantId: order.merchantId,
      orderId: order.id,
      number: order.number,
      storeId: order.storeId,
      memberId: order.memberId,
      status: order.status,
      total: order.total,
      at: at.toISOString(),
    },
  };
}

/** PAYMENT_UPDATED for a payment's new state. */
export function paymentUpdatedMessage(payment: PaymentFacts, order: OrderFacts, at: Date): OutboxMessage {
  return {
    topic: "PAYMENT_UPDATED",
    payload: {
      merchantId: order.merchantId,
      paymentId: payment.id,
      orderId: order.id,
      storeId: order.storeId,
      memberId: order.memberId,
      status: payment.status,
      tender: payment.tender,
      amount: payment.amount,
      at: at.toISOString(),
    },
  };
}
