"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { SaleDraft } from "./sale-draft";

// Suspended (parked) sales of this register: a shopper steps aside, the next one is served, the sale comes back later.
// Kept on the device (localStorage) so a reload does not lose them; the manager approval PIN is never stored.

export type SuspendedSale = { id: string; at: string; draft: SaleDraft; itemCount: number; listTotal: number };

const MAX_SUSPENDED = 20;

/** Parks a draft at the front of the list (newest first); the oldest falls off past the limit. */
export function suspendDraft(list: readonly SuspendedSale[], draft: SaleDraft, id: string, at: Date): SuspendedSale[] {
  const parked: SuspendedSale = {
    id,
    at: at.toISOString(),
    draft: { ...draft, approval: null },
    itemCount: draft.lines.reduce((n, l) => n + l.quantity, 0),
    listTotal: draft.lines.reduce((n, l) => n + l.quantity * l.unitPrice, 0),
  };
  return [parked, ...list].slice(0, MAX_SUSPENDED);
}

/** Takes a parked sale out of the list. */
export function takeSuspended(list: readonly SuspendedSale[], id: string): { sale: SuspendedSale | null; rest: SuspendedSale[] } {
  const sale = list.find((s) => s.id === id) ?? null;
  return { sale, rest: list.filter((s) => s.id !== id) };
}

const listeners = new Set<() => void>();
const cache = new Map<string, SuspendedSale[]>();
const EMPTY: SuspendedSale[] = [];

function key(registerId: string) {
  return `o2o.pos.suspended.${registerId}`;
}

function read(registerId: string): SuspendedSale[] {
  const cached = cache.get(registerId);
  if (cached) return cached;
  let list: SuspendedSale[] = [];
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key(registerId)) ?? "[]") as unknown;
    if (Array.isArray(parsed)) list = parsed as SuspendedSale[];
  } catch {
    list = [];
  }
  cache.set(registerId, list);
  return list;
}

function write(registerId: string, list: SuspendedSale[]) {
  cache.set(registerId, list);
  try {
    window.localStorage.setItem(key(registerId), JSON.stringify(list));
  } catch {
    // Full or private storage: kept for this page.
  }
  for (const l of listeners) l();
}

/** The register's suspended sales with suspend/resume. */
export function useSuspendedSales(registerId: string) {
  const list = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => read(registerId),
    () => EMPTY,
  );
  const suspend = useCallback(
    (draft: SaleDraft) => write(registerId, suspendDraft(read(registerId), draft, crypto.randomUUID(), new Date())),
    [registerId],
  );
  const resume = useCallback(
    (id: string) => {
      const { sale, rest } = takeSuspended(read(registerId), id);
      write(registerId, rest);
      return sale;
    },
    [registerId],
  );
  return { list, suspend, resume };
}
