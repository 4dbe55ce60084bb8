// The order page's progress bar: which steps of a pickup or delivery order are done, from the order and fulfilment states.

export type ProgressStep = "placed" | "paid" | "preparing" | "ready" | "collected" | "shipped" | "delivered";

const PICKUP: ProgressStep[] = ["placed", "paid", "preparing", "ready", "collected"];
const DELIVERY: ProgressStep[] = ["placed", "paid", "preparing", "shipped", "delivered"];

// How far each order status has come, as an index into the steps above (both flows share the first three).
const ORDER_REACHED: Record<string, number> = {
  PENDING_PAYMENT: 0,
  PAID: 1,
  PROCESSING: 2,
  READY_FOR_PICKUP: 3,
  SHIPPED: 3,
  DELIVERED: 4,
  COMPLETED: 4,
  PARTIALLY_RETURNED: 4,
  RETURNED: 4,
};
const FULFILMENT_REACHED: Record<string, number> = {
  PENDING: 1,
  PICKING: 2,
  PACKED: 2,
  READY_FOR_PICKUP: 3,
  SHIPPED: 3,
  COLLECTED: 4,
  DELIVERED: 4,
};

export function orderProgress(
  type: "PICKUP" | "DELIVERY",
  orderStatus: string,
  fulfilmentStatus: string | null,
): { steps: ProgressStep[]; reached: number; cancelled: boolean } {
  const steps = type === "PICKUP" ? PICKUP : DELIVERY;
  if (orderStatus === "CANCELLED") return { steps, reached: -1, cancelled: true };
  const byOrder = ORDER_REACHED[orderStatus] ?? 0;
  const byFulfilment = fulfilmentStatus && orderStatus !== "PENDING_PAYMENT" ? (FULFILMENT_REACHED[fulfilmentStatus] ?? 0) : 0;
  return { steps, reached: Math.max(byOrder, byFulfilment), cancelled: false };
}

/** Order states in which the shopper may still cancel (the API has the final word). */
export function shopperMayCancel(orderStatus: string, fulfilmentStatus: string | null): boolean {
  if (orderStatus === "PENDING_PAYMENT") return true;
  return orderStatus === "PAID" && (fulfilmentStatus === null || fulfilmentStatus === "PENDING");
}

/** Order states in which a return can be requested. */
export function mayRequestReturn(orderStatus: string): boolean {
  return ["COMPLETED", "DELIVERED", "PARTIALLY_RETURNED"].includes(orderStatus);
}
