"use client";

import { useT } from "@o2o/client";
import { type DragEvent, useId, useState } from "react";
import { ACCEPTED_IMAGE_TYPES, type UploadFailure, uploadMedia } from "../../lib/media-upload";

type Upload = { id: number; name: string; progress: number; failure: UploadFailure | null };

const FAILURE_KEYS = {
  MEDIA_TOO_LARGE: "images.tooLarge",
  MEDIA_TYPE_NOT_ALLOWED: "images.badType",
  UNAUTHENTICATED: "images.signedOut",
  FORBIDDEN: "images.forbidden",
  NETWORK: "images.uploadFailed",
  FAILED: "images.uploadFailed",
} as const;

let nextUploadId = 0;

/**
 * Choose or drop image files: each is uploaded with a progress bar, refused ones keep their reason on screen, and the
 * URLs of those that made it are handed over together (at most `room` files are taken).
 */
export function ImageUploadZone({ room, onUploaded }: { room: number; onUploaded: (urls: string[]) => Promise<void> }) {
  const t = useT();
  const inputId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [overflow, setOverflow] = useState(false);
  const busy = uploads.some((u) => u.progress < 1 && !u.failure);

  const patch = (id: number, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.id === id ? { ...u, ...change } : u)));

  async function take(files: File[]) {
    if (files.length === 0 || busy) return;
    setOverflow(files.length > room);
    const batch = files
      .slice(0, room)
      .map((file) => ({ file, upload: { id: nextUploadId++, name: file.name, progress: 0, failure: null } }));
    setUploads(batch.map((b) => b.upload));
    const urls: string[] = [];
    for (const { file, upload } of batch) {
      const outcome = await uploadMedia(file, (progress) => patch(upload.id, { progress: Math.min(progress, 0.99) }));
      if (outcome.ok) {
        urls.push(outcome.url);
        patch(upload.id, { progress: 1 });
      } else patch(upload.id, { failure: outcome.reason });
    }
    if (urls.length > 0) await onUploaded(urls);
    // Finished uploads leave the list (their thumbnails are in the gallery); refusals stay so their reasons can be read.
    setUploads((all) => all.filter((u) => u.failure));
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take([...event.dataTransfer.files]);
  };

  return (
    <fieldset
      className={`image-drop${dragging ? " image-drop-active" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(room > 0);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={room > 0 ? onDrop : (e) => e.preventDefault()}
    >
      <input
        id={inputId}
        type="file"
        className="visually-hidden"
        accept={ACCEPTED_IMAGE_TYPES}
        multiple
        disabled={room === 0 || busy}
        onChange={(e) => {
          void take([...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
      {/* The input is focusable (visually hidden); the label is what shows, with the focus ring (see console.css). */}
      <label htmlFor={inputId} className="btn btn-secondary" aria-disabled={room === 0 || busy}>
        {t("images.choose")}
      </label>
      <p className="muted small">{room === 0 ? t("images.full") : t("images.hint")}</p>
      {overflow ? <p className="field-error">{t("images.tooMany", { n: room })}</p> : null}
      {uploads.length > 0 ? (
        <ul className="upload-list" aria-live="polite">
          {uploads.map((u) => (
            <li key={u.id}>
              <span className="mono small">{u.name}</span>
              {u.failure ? (
                <span className="field-error" role="alert">
                  {t(FAILURE_KEYS[u.failure])}
                </span>
              ) : (
                <progress value={u.progress} max={1} aria-label={t("images.uploading", { name: u.name })} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
