"use client";

import { useSyncExternalStore } from "react";
import { deleteMany, getAll, putOne } from "./local-db";
import type { QueuedSale } from "./queued-sale";

// The queue of offline sales, in IndexedDB, mirrored in memory so the badge and the conflict list render at once.

let sales: QueuedSale[] = [];
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();
let view: { pending: number; conflicts: QueuedSale[] } = { pending: 0, conflicts: [] };

function publish(): void {
  view = { pending: sales.filter((s) => s.status === "pending").length, conflicts: sales.filter((s) => s.status === "conflict") };
  for (const listener of listeners) listener();
}

export function loadQueue(): Promise<void> {
  loaded ??= getAll<QueuedSale>("queue")
    .then((rows) => {
      const known = new Set(sales.map((s) => s.clientSaleId));
      sales = [...sales, ...rows.filter((r) => !known.has(r.clientSaleId))];
      publish();
    })
    .catch(() => {
      loaded = null;
    });
  return loaded;
}

export async function queuedSales(): Promise<QueuedSale[]> {
  await loadQueue();
  return sales;
}

/** Stores the sale durably before the till says "queued": a reload or a crash must not lose it. */
export async function enqueueSale(sale: QueuedSale): Promise<void> {
  await loadQueue();
  await putOne("queue", sale);
  sales = [...sales.filter((s) => s.clientSaleId !== sale.clientSaleId), sale];
  publish();
}

export async function updateQueuedSale(sale: QueuedSale): Promise<void> {
  await putOne("queue", sale);
  sales = sales.map((s) => (s.clientSaleId === sale.clientSaleId ? sale : s));
  publish();
}

export async function removeQueuedSale(clientSaleId: string): Promise<void> {
  await deleteMany("queue", [clientSaleId]);
  sales = sales.filter((s) => s.clientSaleId !== clientSaleId);
  publish();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadQueue();
  return () => listeners.delete(listener);
}

const EMPTY = { pending: 0, conflicts: [] as QueuedSale[] };

/** Sales waiting for the server and sales the server refused (kept until a manager settles them). */
export function useSaleQueue(): { pending: number; conflicts: QueuedSale[] } {
  return useSyncExternalStore(
    subscribe,
    () => view,
    () => EMPTY,
  );
}
