// The QR payload of a just-placed order, handed from checkout to the payment page (the order query does not carry it).
export type PendingPayment = { paymentId: string; tender: string; amount: number; qrPayload: string };

const key = (orderId: string) => `o2o.payment.${orderId}`;

export function rememberPayment(orderId: string, payment: PendingPayment): void {
  try {
    window.sessionStorage.setItem(key(orderId), JSON.stringify(payment));
  } catch {
    // The payment page then offers the simulator without a QR image.
  }
}

export function pendingPayment(orderId: string): PendingPayment | null {
  try {
    return JSON.parse(window.sessionStorage.getItem(key(orderId)) ?? "null") as PendingPayment | null;
  } catch {
    return null;
  }
}
