// What the till keeps for a sale it could not hand to the server yet, and the rules of the sync loop over it. Pure:
// the IndexedDB side is in sale-queue.ts, the network side in offline-sync.ts.

import type { PosSaleInput } from "@o2o/schema";

export type SaleRejection = {
  code: string;
  message: string;
  reference?: string | null;
  missing?: number | null;
  available?: number | null;
};

export type QueuedSale = {
  clientSaleId: string;
  input: PosSaleInput;
  /** When the shopper paid (ISO). The server prices the sale as of then. */
  soldAt: string;
  /** What the till charged after points, before cash rounding, 分 (-1: unknown); a difference is a sync conflict. */
  expectedTotal: number;
  queuedAt: number;
  attempts: number;
  /** pending: waiting for the server; conflict: the server refused it and logged it for the manager. */
  status: "pending" | "conflict";
  lastError: string | null;
  rejection: SaleRejection | null;
};

export type SyncAttempt =
  | { kind: "recorded"; orderId: string; replayed: boolean; conflicts: string[] }
  | { kind: "rejected"; rejection: SaleRejection }
  | { kind: "unreachable"; message: string }
  | { kind: "failed"; message: string };

export type SyncStep = { action: "remove" } | { action: "keep"; next: QueuedSale } | { action: "stop"; next: QueuedSale };

/**
 * What one answer does to its queued sale: recorded (or replayed) leaves the queue; a business refusal stays as a
 * conflict (never dropped: the manager settles it); an unreachable API stops the round (the others would fail too);
 * any other failure is kept for the next round without blocking the sales behind it.
 */
export function applyAttempt(sale: QueuedSale, attempt: SyncAttempt): SyncStep {
  const tried = { ...sale, attempts: sale.attempts + 1 };
  switch (attempt.kind) {
    case "recorded":
      return { action: "remove" };
    case "rejected":
      return { action: "keep", next: { ...tried, status: "conflict", rejection: attempt.rejection, lastError: attempt.rejection.message } };
    case "unreachable":
      return { action: "stop", next: { ...sale, lastError: attempt.message } };
    case "failed":
      return { action: "keep", next: { ...tried, lastError: attempt.message } };
  }
}

/** Oldest first, conflicts excluded: they wait for a person, not for the network. */
export function pendingInOrder(sales: readonly QueuedSale[]): QueuedSale[] {
  return sales
    .filter((s) => s.status === "pending")
    .sort((a, b) => a.queuedAt - b.queuedAt || a.clientSaleId.localeCompare(b.clientSaleId));
}

/** Tenders a till can take without the server: wallet payment codes must be charged online. */
export function offlineTenderProblem(input: PosSaleInput): string | null {
  const wallet = input.tenders.find((t) => t.tender === "WECHAT_PAY" || t.tender === "ALIPAY");
  return wallet ? wallet.tender : null;
}
