"use client";

import { MediaImage, useT, errorDetail } from "@o2o/client";
import { AdminSetProductImagesDocument } from "@o2o/schema";
import { useRef, useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { ImageUploadZone } from "./image-upload-zone";

/** The API's limit (setProductImages takes at most 12). */
const MAX_IMAGES = 12;

type Image = { url: string; alt: string | null };

/** Moves the item at `from` one place left (-1) or right (+1). */
function moved<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

/**
 * A product's images in display order (the first is the main image): upload, alt texts, move left/right, remove. Each
 * change is saved at once as the whole ordered list; a failed save puts the list back as it was.
 */
export function ProductImages({ productId, images, canWrite }: { productId: string; images: readonly Image[]; canWrite: boolean }) {
  const t = useT();
  const [saved, setSaved] = useState<Image[]>(() => images.map((i) => ({ url: i.url, alt: i.alt })));
  // The list as last shown: an upload that finishes after a move or removal appends to that, not to an older render's.
  const latest = useRef(saved);
  const show = (list: Image[]) => {
    latest.current = list;
    setSaved(list);
  };
  const [altDrafts, setAltDrafts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [{ fetching }, save] = useMutation(AdminSetProductImagesDocument);

  async function commit(next: Image[]) {
    const previous = latest.current;
    show(next);
    const result = await save({ productId, images: next.map((i) => ({ url: i.url, alt: i.alt?.trim() || null })) });
    const answer = result.data?.setProductImages.images;
    if (answer) {
      show(answer.map((i) => ({ url: i.url, alt: i.alt ?? null })));
      setMessage({ ok: true, text: t("common.saved") });
    } else {
      show(previous);
      setMessage({
        ok: false,
        text: t("common.failed", { message: errorDetail(result.error) }),
      });
    }
  }

  function saveAlt(url: string) {
    const draft = altDrafts[url];
    const current = saved.find((i) => i.url === url);
    if (draft === undefined || !current || draft.trim() === (current.alt ?? "")) return;
    void commit(saved.map((i) => (i.url === url ? { ...i, alt: draft } : i)));
  }

  return (
    <section className="card span-2" aria-labelledby="images-title">
      <h3 className="card-title" id="images-title">
        {t("images.title")} <span className="muted small">{t("images.count", { n: saved.length, max: MAX_IMAGES })}</span>
      </h3>
      {saved.length === 0 ? <p className="muted">{t("images.empty")}</p> : null}
      <ol className="image-grid">
        {saved.map((image, i) => {
          const n = i + 1;
          return (
            <li key={image.url} className="image-tile">
              <div className="image-frame">
                <MediaImage
                  url={image.url}
                  alt={image.alt || t("images.imageN", { n })}
                  fallback={<span className="muted small">{t("images.missing")}</span>}
                />
                {i === 0 ? <span className="badge badge-neutral image-main">{t("images.main")}</span> : null}
              </div>
              {canWrite ? (
                <>
                  <label className="field">
                    <span className="visually-hidden">{t("images.altFor", { n })}</span>
                    <input
                      value={altDrafts[image.url] ?? image.alt ?? ""}
                      placeholder={t("images.altPlaceholder")}
                      maxLength={200}
                      onChange={(e) => setAltDrafts((d) => ({ ...d, [image.url]: e.target.value }))}
                      onBlur={() => saveAlt(image.url)}
                    />
                  </label>
                  <div className="image-actions">
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      disabled={i === 0 || fetching}
                      aria-label={t("images.moveLeft", { n })}
                      onClick={() => commit(moved(saved, i, -1))}
                    >
                      ←
                    </button>
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      disabled={i === saved.length - 1 || fetching}
                      aria-label={t("images.moveRight", { n })}
                      onClick={() => commit(moved(saved, i, 1))}
                    >
                      →
                    </button>
                    <ConfirmButton
                      className="btn btn-ghost btn-sm"
                      label={t("common.remove")}
                      ariaLabel={t("images.removeN", { n })}
                      message={t("images.removeConfirm", { n })}
                      confirmLabel={t("common.remove")}
                      danger
                      disabled={fetching}
                      onConfirm={() => commit(saved.filter((_, j) => j !== i))}
                    />
                  </div>
                </>
              ) : image.alt ? (
                <p className="small">{image.alt}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canWrite ? (
        <ImageUploadZone
          room={MAX_IMAGES - saved.length}
          onUploaded={(urls) => commit([...latest.current, ...urls.map((url) => ({ url, alt: null }))])}
        />
      ) : null}
      {message ? (
        <p className={message.ok ? "muted small" : "field-error"} role="status">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
