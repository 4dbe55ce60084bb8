/** Subscription topics. Payloads are JSON (they cross Redis between API instances). */
export const Topic = {
  STOCK_CHANGED: "STOCK_CHANGED",
  PRICE_CHANGED: "PRICE_CHANGED",
  ORDER_UPDATED: "ORDER_UPDATED",
  LOW_STOCK_ALERT: "LOW_STOCK_ALERT",
  PAYMENT_UPDATED: "PAYMENT_UPDATED",
  TICKET_MESSAGE: "TICKET_MESSAGE",
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

export type StockChangedPayload = {
  merchantId: string;
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  available: number;
  reason: string;
  at: string;
};

export type PriceChangedPayload = {
  merchantId: string;
  variantId: string;
  productId: string;
  scope: string;
  storeId: string | null;
  channelId: string | null;
  price: number;
  at: string;
};

export type OrderUpdatedPayload = {
  merchantId: string;
  orderId: string;
  number: string;
  storeId: string | null;
  memberId: string | null;
  status: string;
  total: number;
  at: string;
};

export type LowStockPayload = {
  merchantId: string;
  variantId: string;
  locationId: string;
  available: number;
  threshold: number;
  at: string;
};

export type PaymentUpdatedPayload = {
  merchantId: string;
  paymentId: string;
  orderId: string;
  storeId: string | null;
  memberId: string | null;
  status: string;
  tender: string;
  amount: number;
  at: string;
};

export type TicketMessagePayload = {
  merchantId: string;
  ticketId: string;
  memberId: string;
  storeId: string | null;
  messageId: string;
  author: string;
  body: string;
  at: string;
};

export type TopicPayloads = {
  STOCK_CHANGED: StockChangedPayload;
  PRICE_CHANGED: PriceChangedPayload;
  ORDER_UPDATED: OrderUpdatedPayload;
  LOW_STOCK_ALERT: LowStockPayload;
  PAYMENT_UPDATED: PaymentUpdatedPayload;
  TICKET_MESSAGE: TicketMessagePayload;
};
