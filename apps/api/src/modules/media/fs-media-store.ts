import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ImageType } from "./image-type.ts";
import { type MediaStore, mediaKeyOf, mediaKeyType, mediaUrlOf, type StoredMedia } from "./media-store.ts";

/** Media in a folder, as `<dir>/<first two hex digits>/<sha256>.<ext>` (a fan-out keeps folders small). */
export class FsMediaStore implements MediaStore {
  constructor(readonly dir: string) {}

  async put(bytes: Buffer, type: ImageType): Promise<StoredMedia> {
    const key = mediaKeyOf(bytes, type);
    const file = this.fileOf(key);
    if (await this.has(key)) {
      // Stored again: recent again, so a collection of unused media does not take it before it is attached.
      const now = new Date();
      await utimes(file, now, now);
    } else {
      await mkdir(path.dirname(file), { recursive: true });
      // Write aside, then rename: a reader (or a second API instance) never sees a half-written file.
      const partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
      try {
        await writeFile(partial, bytes);
        await rename(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
    }
    return { key, url: mediaUrlOf(key), type, size: bytes.length };
  }

  async open(key: string) {
    const type = mediaKeyType(key);
    if (!type) return null;
    const size = await this.sizeOf(key);
    return size === null ? null : { stream: createReadStream(this.fileOf(key)), size, type };
  }

  async has(key: string): Promise<boolean> {
    return (await this.statOf(key)) !== null;
  }

  async *list(): AsyncIterable<{ key: string; storedAt: Date }> {
    const fanOut = await readdir(this.dir).catch(() => [] as string[]);
    for (const prefix of fanOut) {
      const names = await readdir(path.join(this.dir, prefix)).catch(() => [] as string[]);
      for (const key of names) {
        const storedAt = mediaKeyType(key) && key.startsWith(prefix) ? await this.storedAt(key) : null;
        if (storedAt) yield { key, storedAt };
      }
    }
  }

  async storedAt(key: string): Promise<Date | null> {
    return (await this.statOf(key))?.mtime ?? null;
  }

  async remove(key: string): Promise<void> {
    if (mediaKeyType(key)) await rm(this.fileOf(key), { force: true });
  }

  private async sizeOf(key: string): Promise<number | null> {
    return (await this.statOf(key))?.size ?? null;
  }

  private async statOf(key: string) {
    if (!mediaKeyType(key)) return null;
    try {
      const info = await stat(this.fileOf(key));
      return info.isFile() ? info : null;
    } catch {
      return null;
    }
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }
}
