"use client";

import { PosSnapshotMembersDocument, PosSnapshotReferenceDocument, PosSnapshotVariantsDocument } from "@o2o/schema";
import { ApiError, apiRequest } from "./api-request";
import { applySnapshotRows, resetCatalogIndex } from "./catalog-cache";
import { clearStore, getOne, openLocalDb, putMany, putOne } from "./local-db";
import type { SnapshotMember, SnapshotMeta, SnapshotReference, SnapshotVariant } from "./snapshot-types";
import { applyTillLanguages } from "./till-settings";

const PAGE_SIZE = 5000;
/** A full reload now and then catches what a delta cannot see (a deleted price override). */
const FULL_RELOAD_MS = 24 * 60 * 60_000;

export type CatalogSyncReport = { variants: number; members: number; full: boolean; ms: number };

type Page<T> = { rows: T[]; endCursor: string | null; hasNextPage: boolean; serverTime: string };

/**
 * Pages through one snapshot query, writing each page to IndexedDB while the next is on the wire. Returns the server
 * time of the first page: the next delta asks for changes since then (rows changed during the load come again).
 */
async function loadPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  write: (rows: T[]) => Promise<void>,
): Promise<{ count: number; serverTime: string | null }> {
  let count = 0;
  let serverTime: string | null = null;
  let page = await fetchPage(null);
  for (;;) {
    serverTime ??= page.serverTime;
    const next = page.hasNextPage ? fetchPage(page.endCursor) : null;
    // Keep the rejection for the await below; an unhandled one would be reported twice.
    next?.catch(() => undefined);
    await write(page.rows);
    count += page.rows.length;
    if (!next) return { count, serverTime };
    page = await next;
  }
}

let running: Promise<CatalogSyncReport> | null = null;

/**
 * Brings the till's snapshot of the store up to date: the pricing reference every time (it is small), then variants
 * and members, in full the first time (or after a day, or for another store), else as a delta since the last sync.
 */
export function syncCatalog(storeId: string, options: { full?: boolean } = {}): Promise<CatalogSyncReport> {
  running ??= run(storeId, options.full ?? false).finally(() => {
    running = null;
  });
  return running;
}

async function run(storeId: string, forceFull: boolean): Promise<CatalogSyncReport> {
  const started = performance.now();
  const meta = (await getOne<SnapshotMeta & { fullAt?: number }>("meta", "snapshot")) ?? null;
  const full = forceFull || !meta || meta.storeId !== storeId || !meta.variantsSyncedAt || Date.now() - (meta.fullAt ?? 0) > FULL_RELOAD_MS;
  if (full && meta && meta.storeId !== storeId) {
    await Promise.all([clearStore("variants"), clearStore("members")]);
    resetCatalogIndex();
  }
  const reference = (await apiRequest(PosSnapshotReferenceDocument, { storeId })).posSnapshotReference as unknown as SnapshotReference;
  await putOne("meta", reference, "reference");
  applySnapshotRows([], reference);
  applyTillLanguages(reference);

  const variantsSince = full ? null : (meta?.variantsSyncedAt ?? null);
  const variants = await loadPages<SnapshotVariant>(
    async (after) =>
      (await apiRequest(PosSnapshotVariantsDocument, { args: { storeId, first: PAGE_SIZE, after, changedSince: variantsSince } }))
        .posSnapshotVariants as Page<SnapshotVariant>,
    async (rows) => {
      await putMany("variants", rows);
      applySnapshotRows(rows);
    },
  );

  // Members need member:read; a till without it still sells offline, just without member prices.
  let members = { count: 0, serverTime: meta?.membersSyncedAt ?? null };
  try {
    const membersSince = full ? null : (meta?.membersSyncedAt ?? null);
    members = await loadPages<SnapshotMember>(
      async (after) =>
        (await apiRequest(PosSnapshotMembersDocument, { args: { storeId, first: PAGE_SIZE, after, changedSince: membersSince } }))
          .posSnapshotMembers as Page<SnapshotMember>,
      (rows) => putMany("members", rows),
    );
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "FORBIDDEN")) throw error;
  }

  const next: SnapshotMeta & { fullAt?: number } = {
    storeId,
    variantsSyncedAt: variants.serverTime ?? meta?.variantsSyncedAt ?? null,
    membersSyncedAt: members.serverTime,
    variantCount: full ? variants.count : (meta?.variantCount ?? 0),
    memberCount: full ? members.count : (meta?.memberCount ?? 0),
    fullAt: full ? Date.now() : meta?.fullAt,
  };
  await putOne("meta", next, "snapshot");
  return { variants: variants.count, members: members.count, full, ms: Math.round(performance.now() - started) };
}

/** Re-reads some variants at once (a price change pushed by the server). */
export async function refreshVariants(storeId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const page = (await apiRequest(PosSnapshotVariantsDocument, { args: { storeId, first: ids.length, ids } }))
    .posSnapshotVariants as Page<SnapshotVariant>;
  await putMany("variants", page.rows);
  applySnapshotRows(page.rows);
}

/** A member by mobile number from the snapshot (offline member lookup). */
/** A member from the till's snapshot, by phone or by id (the member QR): what the till knows while offline. */
export async function memberOffline(key: { phone: string } | { id: string }): Promise<SnapshotMember | null> {
  const db = await openLocalDb();
  return new Promise((resolve) => {
    const store = db.transaction("members", "readonly").objectStore("members");
    const request = "phone" in key ? store.index("phone").get(key.phone.trim()) : store.get(key.id);
    request.onsuccess = () => resolve((request.result as SnapshotMember | undefined) ?? null);
    request.onerror = () => resolve(null);
  });
}
