type Entry<V> = { value: Promise<V>; loadedAt: number; refreshing: boolean };

/**
 * Values loaded on demand and kept for `freshMs`. Past that, the next reader still gets the kept value at once while
 * ONE reload runs in the background (so a busy till never waits for it, and a burst of requests never loads the same
 * thing many times); past `maxAgeMs` readers wait for the reload. A failed load is not kept.
 */
export class RefreshingCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    private readonly freshMs: number,
    private readonly maxAgeMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.loadedAt < this.maxAgeMs) {
      if (now - hit.loadedAt >= this.freshMs && !hit.refreshing) this.refresh(key, hit, load);
      return hit.value;
    }
    return this.start(key, load).value;
  }

  evict(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  private start(key: K, load: () => Promise<V>): Entry<V> {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const entry: Entry<V> = { value: load(), loadedAt: Date.now(), refreshing: false };
    this.entries.set(key, entry);
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry;
  }

  private refresh(key: K, stale: Entry<V>, load: () => Promise<V>): void {
    stale.refreshing = true;
    const next = load();
    next.then(
      () => {
        // Only replace what is still there: an eviction meanwhile wins.
        if (this.entries.get(key) === stale) this.entries.set(key, { value: next, loadedAt: Date.now(), refreshing: false });
      },
      () => {
        stale.refreshing = false;
      },
    );
  }
}
