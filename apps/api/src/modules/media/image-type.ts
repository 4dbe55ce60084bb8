/** The image formats the media store accepts, recognised by their leading bytes (never by name or declared type). */
export type ImageType = { mime: "image/jpeg" | "image/png" | "image/webp" | "image/gif"; ext: "jpg" | "png" | "webp" | "gif" };

export const IMAGE_TYPES: readonly ImageType[] = [
  { mime: "image/jpeg", ext: "jpg" },
  { mime: "image/png", ext: "png" },
  { mime: "image/webp", ext: "webp" },
  { mime: "image/gif", ext: "gif" },
];

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * JPEG, PNG, WebP or GIF by magic bytes; null for anything else. SVG (scriptable), HTML renamed .png and the like are
 * refused because no image signature starts them.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG)) return byExt("png");
  if (startsWith(bytes, JPEG)) return byExt("jpg");
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return byExt("gif");
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return byExt("webp");
  return null;
}

export function byExt(ext: string): ImageType | null {
  return IMAGE_TYPES.find((t) => t.ext === ext) ?? null;
}
