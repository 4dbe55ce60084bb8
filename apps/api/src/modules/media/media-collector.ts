import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { MediaStore } from "./media-store.ts";

const HOUR_MS = 3_600_000;
/** A media key inside any URL: `/media/<sha256>.<ext>`, relative or on the API's absolute origin. */
const KEY_IN_URL = /\/media\/([0-9a-f]{64}\.(?:jpg|png|webp|gif))/g;

export type MediaCollection = { removed: string[]; kept: number };

/**
 * Deletes stored media nothing refers to any more: uploads that were never attached, and pictures removed from every
 * product, brand and campaign. A file is only taken once it has not been stored for `graceMs` (default one day), so an
 * upload waiting in an open editor is safe; storing the same bytes again makes a file recent again. Safe on several
 * API instances at once: each pass deletes only what is unused and old, and deleting twice is no error.
 */
export class MediaCollector {
  private running: Promise<MediaCollection> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: PrismaClient,
    private readonly store: MediaStore,
    private readonly graceMs = 24 * HOUR_MS,
  ) {}

  /** One pass now (or the one already running). */
  collect(now = new Date()): Promise<MediaCollection> {
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** A pass every `intervalMs` (default six hours); the timer does not hold the process open. */
  start(intervalMs = 6 * HOUR_MS): void {
    this.timer ??= setInterval(() => {
      this.collect().catch((error) => console.error("[media] collection failed", error));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async pass(now: Date): Promise<MediaCollection> {
    const cutoff = now.getTime() - this.graceMs;
    // Old files first, references second: a file attached while the pass runs is seen as referenced.
    const old: string[] = [];
    let kept = 0;
    for await (const file of this.store.list()) {
      if (file.storedAt.getTime() < cutoff) old.push(file.key);
      else kept++;
    }
    if (old.length === 0) return { removed: [], kept };
    const used = await this.referencedKeys();
    const removed: string[] = [];
    for (const key of old) {
      if (used.has(key)) {
        kept++;
        continue;
      }
      const storedAt = await this.store.storedAt(key);
      if (!storedAt) continue; // another instance took it meanwhile
      if (storedAt.getTime() >= cutoff) {
        kept++; // stored again since it was listed
        continue;
      }
      await this.store.remove(key);
      removed.push(key);
    }
    return { removed, kept };
  }

  /** Keys named by every column that can hold a media URL, across all merchants (the store is shared). */
  private async referencedKeys(): Promise<Set<string>> {
    const like = { contains: "/media/" };
    const [images, brands, campaigns] = await Promise.all([
      this.db.productImage.findMany({ where: { url: like }, select: { url: true } }),
      this.db.brand.findMany({ where: { logoUrl: like }, select: { logoUrl: true } }),
      this.db.campaign.findMany({ where: { bannerUrl: like }, select: { bannerUrl: true } }),
    ]);
    const urls = [...images.map((i) => i.url), ...brands.map((b) => b.logoUrl), ...campaigns.map((c) => c.bannerUrl)];
    const keys = new Set<string>();
    for (const url of urls) for (const match of (url ?? "").matchAll(KEY_IN_URL)) keys.add(match[1] as string);
    return keys;
  }
}
