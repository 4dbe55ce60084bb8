import { randomUUID } from "node:crypto";
import type { PaymentProviders } from "./payment-providers.ts";
import { SIGNATURE_HEADER, WEBHOOK_PATH } from "./payment-webhook.route.ts";
import { WalletSimulator } from "./wallet-simulator.ts";

export type SimulatedDelivery = { eventId: string; httpStatus: number; outcome: string | null };

/**
 * Development and test stand-in for the shopper paying: the wallet simulator signs a notification and POSTs it to this
 * API's own webhook over HTTP, exactly as the real provider would, and reports what the webhook answered.
 */
export class WalletPaymentSimulation {
  private baseUrl: string | null = null;

  constructor(private readonly payments: PaymentProviders) {}

  /** Called by the server once it listens: the webhook is reached through the real port. */
  setWebhookBaseUrl(baseUrl: string): void {
    this.baseUrl = baseUrl.replace(/\/$/, "");
  }

  async deliver(
    payment: { provider: string; providerReference: string; amount: number },
    outcome: "SUCCEEDED" | "FAILED",
  ): Promise<SimulatedDelivery> {
    if (!this.baseUrl) throw new Error("the server has not started listening yet");
    const simulator = this.payments.byName(payment.provider);
    if (!(simulator instanceof WalletSimulator)) throw new Error(`${payment.provider} is not a simulated wallet`);
    const eventId = randomUUID();
    const { body, signature } = simulator.notification({
      eventId,
      providerReference: payment.providerReference,
      status: outcome,
      amount: payment.amount,
    });
    const res = await fetch(`${this.baseUrl}${WEBHOOK_PATH}/${simulator.name}`, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature },
      body,
    });
    const answer = (await res.json().catch(() => null)) as { outcome?: string } | null;
    return { eventId, httpStatus: res.status, outcome: answer?.outcome ?? null };
  }
}
