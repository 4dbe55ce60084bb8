"use client";

import { SyncOfflineSaleDocument } from "@o2o/schema";
import { ApiError, ApiUnreachable, apiRequest } from "./api-request";
import { applyAttempt, pendingInOrder, type QueuedSale, type SyncAttempt } from "./queued-sale";
import { queuedSales, removeQueuedSale, updateQueuedSale } from "./sale-queue";

const RETRY_MS = 15_000;

let running: Promise<SyncReport> | null = null;
let again = false;
let timer: ReturnType<typeof setTimeout> | null = null;

export type SyncReport = { recorded: number; replayed: number; conflicts: number; left: number; reachable: boolean };

/** Hands one queued sale to the server. The clientSaleId makes this safe to repeat: a recorded sale replays. */
export async function deliver(sale: QueuedSale): Promise<SyncAttempt> {
  try {
    const data = await apiRequest(SyncOfflineSaleDocument, {
      input: { sale: sale.input, soldAt: sale.soldAt, expectedTotal: sale.expectedTotal },
    });
    const r = data.syncOfflineSale;
    if (r.__typename === "OfflineSaleSynced") return { kind: "recorded", orderId: r.orderId, replayed: r.replayed, conflicts: r.conflicts };
    return {
      kind: "rejected",
      rejection: {
        code: r.code,
        message: r.message,
        reference: "reference" in r ? (r.reference ?? null) : null,
        missing: "missing" in r ? (r.missing ?? null) : null,
        available: "available" in r ? (r.available ?? null) : null,
      },
    };
  } catch (error) {
    if (error instanceof ApiUnreachable) return { kind: "unreachable", message: error.message };
    if (error instanceof ApiError) return { kind: "failed", message: `${error.code}: ${error.message}` };
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

/** Sales in flight at once: each is its own request and transaction; a few overlap the round trips. */
const PARALLEL = 4;

async function runOnce(): Promise<SyncReport> {
  const report: SyncReport = { recorded: 0, replayed: 0, conflicts: 0, left: 0, reachable: true };
  const pending = pendingInOrder(await queuedSales());
  let next = 0;
  const worker = async () => {
    while (report.reachable && next < pending.length) {
      const sale = pending[next++] as QueuedSale;
      const attempt = await deliver(sale);
      const step = applyAttempt(sale, attempt);
      if (attempt.kind === "recorded") {
        if (attempt.replayed) report.replayed++;
        else report.recorded++;
      }
      if (attempt.kind === "rejected") report.conflicts++;
      if (step.action === "remove") await removeQueuedSale(sale.clientSaleId);
      else await updateQueuedSale(step.next);
      if (step.action === "stop") report.reachable = false;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, pending.length) }, worker));
  report.left = pendingInOrder(await queuedSales()).length;
  return report;
}

/**
 * Sends every pending sale, oldest first (a few at a time), each on its own: a refused sale becomes a conflict and the rest go on; an
 * unreachable API ends the round and a retry is scheduled. One round at a time; a kick during a round runs another.
 */
export function syncNow(): Promise<SyncReport> {
  if (running) {
    again = true;
    return running;
  }
  running = runOnce()
    .then((report) => {
      if (timer) clearTimeout(timer);
      timer = report.left > 0 ? setTimeout(() => void syncNow(), RETRY_MS) : null;
      return report;
    })
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        void syncNow();
      }
    });
  return running;
}

/** Asks for a sync soon (after a queued sale, when the network comes back). */
export function kickSync(): void {
  if (typeof window === "undefined") return;
  setTimeout(() => void syncNow(), 0);
}
