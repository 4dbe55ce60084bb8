import { freshAccessToken, mediaUploadUrl } from "@o2o/client";

/** The API's limit (apps/api/src/modules/media/media-store.ts); checked here too so a big file fails at once. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif";

/** Why an upload failed: the API's codes, plus NETWORK when it could not be reached. */
export type UploadFailure = "MEDIA_TOO_LARGE" | "MEDIA_TYPE_NOT_ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NETWORK" | "FAILED";
export type UploadOutcome = { ok: true; url: string } | { ok: false; reason: UploadFailure };

const KNOWN: readonly UploadFailure[] = ["MEDIA_TOO_LARGE", "MEDIA_TYPE_NOT_ALLOWED", "UNAUTHENTICATED", "FORBIDDEN"];

/** What the API's answer to POST /media means for the editor. */
export function uploadOutcome(status: number, body: unknown): UploadOutcome {
  const answer = body as { url?: unknown; errors?: { extensions?: { code?: unknown } }[] } | null;
  if (status === 201 && typeof answer?.url === "string") return { ok: true, url: answer.url };
  const code = answer?.errors?.[0]?.extensions?.code;
  return { ok: false, reason: KNOWN.find((k) => k === code) ?? "FAILED" };
}

/**
 * Sends a file's bytes to the API's media store, reporting progress (0–1). XMLHttpRequest rather than fetch: only it
 * reports upload progress.
 */
export async function uploadMedia(file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, reason: "MEDIA_TOO_LARGE" };
  const token = await freshAccessToken();
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", mediaUploadUrl());
    if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`);
    xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => resolve(uploadOutcome(xhr.status, xhr.response));
    xhr.onerror = () => resolve({ ok: false, reason: "NETWORK" });
    xhr.send(file);
  });
}
