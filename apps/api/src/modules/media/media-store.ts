import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { byExt, type ImageType } from "./image-type.ts";

/** Where uploads are served from, on the API's own origin: `/media/<sha256>.<ext>`. */
export const MEDIA_PATH = "/media";
/** The largest upload the store takes. */
export const MAX_MEDIA_BYTES = 5 * 1024 * 1024;

const KEY = /^([0-9a-f]{64})\.(jpg|png|webp|gif)$/;

/** A stored file: `key` is `<sha256 of the bytes>.<ext>`, so the same bytes always get the same key. */
export type StoredMedia = { key: string; url: string; type: ImageType; size: number };

/**
 * Content-addressed storage of uploaded media. The filesystem implementation needs every API instance to see the
 * same folder (a shared volume); an object store (S3, OSS) would implement the same calls.
 */
export interface MediaStore {
  /** Stores the bytes under their sha256; storing the same bytes again keeps the one copy and makes it recent again. */
  put(bytes: Buffer, type: ImageType): Promise<StoredMedia>;
  /** The stored bytes as a stream, or null when the key was never stored. */
  open(key: string): Promise<{ stream: Readable; size: number; type: ImageType } | null>;
  has(key: string): Promise<boolean>;
  /** Every stored file with when it was last stored. */
  list(): AsyncIterable<{ key: string; storedAt: Date }>;
  /** When the file was last stored, or null when it is not stored. */
  storedAt(key: string): Promise<Date | null>;
  /** Deletes the file; a key that is not stored is no error. */
  remove(key: string): Promise<void>;
}

/** The type of a well-formed key, or null for anything that is not one (a path, another extension, upper case). */
export function mediaKeyType(key: string): ImageType | null {
  const match = KEY.exec(key);
  return match ? byExt(match[2] as string) : null;
}

export const mediaUrlOf = (key: string) => `${MEDIA_PATH}/${key}`;

/** The key the store files these bytes under: their sha256 and the type's extension. */
export const mediaKeyOf = (bytes: Buffer, type: ImageType) => `${createHash("sha256").update(bytes).digest("hex")}.${type.ext}`;

/** The key of a URL this API issued (`/media/<key>`), or null for any other URL. */
export function mediaKeyOfUrl(url: string): string | null {
  if (!url.startsWith(`${MEDIA_PATH}/`)) return null;
  const key = url.slice(MEDIA_PATH.length + 1);
  return mediaKeyType(key) ? key : null;
}
