import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ImageType } from "./image-type.ts";
import { type MediaStore, mediaKeyOf, mediaKeyType, mediaUrlOf, type StoredMedia } from "./media-store.ts";

/** Media in a folder, as `<dir>/<first two hex digits>/<sha256>.<ext>` (a fan-out keeps folders small). */
export class FsMediaStore implements MediaStore {
  constructor(readonly dir: string) {}

  async put(bytes: Buffer, type: ImageType): Promise<StoredMedia> {
    const key = mediaKeyOf(bytes, type);
    const file = this.fileOf(key);
    if (!(await this.has(key))) {
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
    return mediaKeyType(key) !== null && (await this.sizeOf(key)) !== null;
  }

  private async sizeOf(key: string): Promise<number | null> {
    try {
      const info = await stat(this.fileOf(key));
      return info.isFile() ? info.size : null;
    } catch {
      return null;
    }
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }
}
