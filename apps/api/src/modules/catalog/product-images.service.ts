import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { badInput, type FieldError } from "../../errors/api-errors.ts";
import { type MediaStore, mediaKeyOfUrl } from "../media/media-store.ts";
import type { SetProductImagesArgs } from "./product-images.inputs.ts";
import { lockProduct } from "./product-lock.ts";

type ImageRow = { url: string; alt: string | null };

/** A product's images: attach uploads, set alt texts, reorder and remove, as one ordered list (catalog:write). */
export class ProductImagesService {
  constructor(
    private readonly db: Db,
    private readonly media: MediaStore,
  ) {}

  /**
   * Replaces the product's images with `images`, in that order. A URL must be one this API's media store issued (and
   * still holds) or one the product already shows (the seeded pictures); anything else is refused and nothing changes.
   */
  async setProductImages(viewer: StaffViewer, args: SetProductImagesArgs, audit: RequestAudit) {
    const wanted: ImageRow[] = args.images.map((i) => ({ url: i.url.trim(), alt: i.alt?.trim() || null }));
    const uploaded = await this.storedUploads(wanted);
    return this.db.$transaction(async (tx) => {
      const product = await lockProduct(tx, viewer.merchantId, args.productId);
      const current = await tx.productImage.findMany({ where: { productId: product.id }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
      const byUrl = new Map(current.map((row) => [row.url, row]));
      const fieldErrors = problemsOf(wanted, (url) => byUrl.has(url) || uploaded.has(url));
      if (fieldErrors.length > 0) throw badInput(fieldErrors.map((f) => f.message).join(" "), fieldErrors);
      const keep = new Set(wanted.map((w) => w.url));
      await tx.productImage.deleteMany({ where: { productId: product.id, url: { notIn: [...keep] } } });
      for (const [sortOrder, image] of wanted.entries()) {
        const row = byUrl.get(image.url);
        if (!row) await tx.productImage.create({ data: { productId: product.id, url: image.url, alt: image.alt, sortOrder } });
        else if (row.sortOrder !== sortOrder || row.alt !== image.alt) {
          await tx.productImage.update({ where: { id: row.id }, data: { alt: image.alt, sortOrder } });
        }
      }
      const after = await tx.product.update({ where: { id: product.id }, data: { updatedAt: new Date() } });
      await audit.record(tx, {
        action: "product.images",
        entityType: "Product",
        entityId: product.id,
        before: { images: current.map((row) => ({ url: row.url, alt: row.alt })) },
        after: { images: wanted },
      });
      return after;
    });
  }

  /** The wanted URLs that this API's media store issued and still holds. */
  private async storedUploads(wanted: ImageRow[]): Promise<Set<string>> {
    const stored = new Set<string>();
    for (const { url } of wanted) {
      const key = mediaKeyOfUrl(url);
      if (key && (await this.media.has(key))) stored.add(url);
    }
    return stored;
  }
}

/** Why an image cannot be in the list, per position: listed twice, or neither the product's own nor an upload. */
function problemsOf(wanted: ImageRow[], allowed: (url: string) => boolean): FieldError[] {
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  for (const [i, { url }] of wanted.entries()) {
    const field = `images.${i}.url`;
    if (seen.has(url)) problems.push({ field, message: `Image ${i + 1} is listed twice.` });
    else if (!allowed(url)) {
      const message = mediaKeyOfUrl(url)
        ? `Image ${i + 1} was not uploaded to this API.`
        : `Image ${i + 1}: only images uploaded to this API (POST /media) can be attached.`;
      problems.push({ field, message });
    }
    seen.add(url);
  }
  return problems;
}
