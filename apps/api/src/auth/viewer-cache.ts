import type { Viewer } from "./viewer.ts";

/**
 * Viewers by session id for a few seconds, so a till does not reload roles on every request. Role changes and sign-outs
 * in this instance evict at once; other instances see them within the TTL.
 */
export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer | null; expiresAt: number }>();
  constructor(private readonly ttlMs = 5000) {}

  get(sessionId: string): Viewer | null | undefined {
    const hit = this.entries.get(sessionId);
    if (!hit) return undefined;
    if (hit.expiresAt < Date.now()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return hit.viewer;
  }

  set(sessionId: string, viewer: Viewer | null): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(sessionId, { viewer, expiresAt: Date.now() + this.ttlMs });
  }

  evict(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  clear(): void {
    this.entries.clear();
  }
}
