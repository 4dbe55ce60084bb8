import express, { type Request, type Response, Router } from "express";
import { httpErrorBody } from "../../errors/api-errors.ts";
import type { PaymentProviders } from "./payment-providers.ts";
import type { PaymentNotificationService } from "./payment-notification.service.ts";

/** The header carrying a wallet notification's signature (HMAC-SHA256 of the raw body, hex). */
export const SIGNATURE_HEADER = "x-wallet-signature";
export const WEBHOOK_PATH = "/webhooks/payments";

/**
 * POST /webhooks/payments/:provider — the asynchronous result of a QR payment. The body is read as raw text because the
 * signature covers the exact bytes; a forged or malformed notification gets 401 and changes nothing. 200 acknowledges
 * (duplicates too, so the provider stops retrying); 500 makes the provider retry later.
 */
export function paymentWebhookRouter(deps: {
  payments: PaymentProviders;
  paymentNotifications: PaymentNotificationService;
  log?: (e: unknown) => void;
}): Router {
  const router = Router();
  router.post(`${WEBHOOK_PATH}/:provider`, express.text({ type: "*/*", limit: "64kb" }), async (req: Request, res: Response) => {
    const name = String(req.params.provider ?? "");
    const provider = deps.payments.byName(name);
    if (!provider?.verifyNotification) {
      res.status(404).json(httpErrorBody("NOT_FOUND", "No such payment provider."));
      return;
    }
    const raw = typeof req.body === "string" ? req.body : "";
    const signature = req.get(SIGNATURE_HEADER) ?? undefined;
    const notification = provider.verifyNotification(raw, signature);
    if (!notification) {
      res.status(401).json(httpErrorBody("UNAUTHENTICATED", "The notification's signature is not valid."));
      return;
    }
    try {
      const outcome = await deps.paymentNotifications.handle(provider.name, notification);
      res.json({ received: true, outcome });
    } catch (error) {
      deps.log?.(error);
      res.status(500).json(httpErrorBody("INTERNAL_SERVER_ERROR", "The notification could not be processed; send it again."));
    }
  });
  return router;
}
