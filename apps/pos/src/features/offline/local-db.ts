"use client";

// The till's own database in IndexedDB: the store's catalogue snapshot, members, the pricing reference and the queue of
// sales waiting for the server. One database per browser profile; rows carry the store id so a re-assigned device
// starts a fresh snapshot.

const DB_NAME = "o2o-pos";
const DB_VERSION = 1;

export type StoreName = "meta" | "variants" | "members" | "queue";

let opening: Promise<IDBDatabase> | null = null;

export function openLocalDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("meta")) db.createObjectStore("meta");
      if (!db.objectStoreNames.contains("variants")) db.createObjectStore("variants", { keyPath: "id" });
      if (!db.objectStoreNames.contains("members")) {
        const members = db.createObjectStore("members", { keyPath: "id" });
        members.createIndex("phone", "phone", { unique: false });
      }
      if (!db.objectStoreNames.contains("queue")) {
        const queue = db.createObjectStore("queue", { keyPath: "clientSaleId" });
        queue.createIndex("queuedAt", "queuedAt", { unique: false });
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the schema: let it, and reopen on the next call.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error("IndexedDB unavailable"));
    };
  });
  return opening;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

export async function getOne<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
  const db = await openLocalDb();
  return result(db.transaction(store, "readonly").objectStore(store).get(key) as IDBRequest<T | undefined>);
}

export async function getAll<T>(store: StoreName): Promise<T[]> {
  const db = await openLocalDb();
  return result(db.transaction(store, "readonly").objectStore(store).getAll() as IDBRequest<T[]>);
}

export async function countOf(store: StoreName): Promise<number> {
  const db = await openLocalDb();
  return result(db.transaction(store, "readonly").objectStore(store).count());
}

/**
 * Writes many rows in one transaction (one snapshot page). Snapshot rows can be loaded again, so they are written with
 * relaxed durability (no flush per page); sales in the queue always use the default.
 */
export async function putMany(store: StoreName, rows: readonly unknown[], key?: (row: unknown) => IDBValidKey): Promise<void> {
  if (rows.length === 0) return;
  const db = await openLocalDb();
  const tx = db.transaction(store, "readwrite", { durability: store === "queue" ? "default" : "relaxed" });
  const os = tx.objectStore(store);
  for (const row of rows) {
    if (key) os.put(row, key(row));
    else os.put(row);
  }
  await done(tx);
}

export async function putOne(store: StoreName, row: unknown, key?: IDBValidKey): Promise<void> {
  const db = await openLocalDb();
  const tx = db.transaction(store, "readwrite");
  if (key === undefined) tx.objectStore(store).put(row);
  else tx.objectStore(store).put(row, key);
  await done(tx);
}

export async function deleteMany(store: StoreName, keys: readonly IDBValidKey[]): Promise<void> {
  if (keys.length === 0) return;
  const db = await openLocalDb();
  const tx = db.transaction(store, "readwrite");
  const os = tx.objectStore(store);
  for (const k of keys) os.delete(k);
  await done(tx);
}

export async function clearStore(store: StoreName): Promise<void> {
  const db = await openLocalDb();
  const tx = db.transaction(store, "readwrite");
  tx.objectStore(store).clear();
  await done(tx);
}
