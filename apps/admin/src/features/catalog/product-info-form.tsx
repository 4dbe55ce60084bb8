"use client";

import { useT } from "@o2o/client";
import { type AdminProductQuery, AdminUpdateProductDocument, type ProductStatus } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { CategoryBrandFields } from "./category-brand-fields";
import { TextField } from "../../components/form-field";

type Product = NonNullable<AdminProductQuery["product"]>;

/** Name, category, brand, status and description of an existing product. */
export function ProductInfoForm({ product }: { product: Product }) {
  const t = useT();
  const [name, setName] = useState(product.name);
  const [categoryId, setCategoryId] = useState(product.category?.id ?? "");
  const [brandId, setBrandId] = useState(product.brand?.id ?? "");
  const [status, setStatus] = useState<ProductStatus>(product.status);
  const [description, setDescription] = useState(product.description ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [{ fetching }, update] = useMutation(AdminUpdateProductDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setMessage({ ok: false, text: t("common.required") });
    const result = await update({
      id: product.id,
      input: {
        name: name.trim(),
        categoryId: categoryId || null,
        brandId: brandId || null,
        status,
        description: description.trim() || null,
      },
    });
    setMessage(
      result.data
        ? { ok: true, text: t("common.saved") }
        : { ok: false, text: t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? "" }) },
    );
  }

  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="info-title">
      <h3 className="card-title" id="info-title">
        {t("product.info")}
      </h3>
      <TextField label={t("product.name")} value={name} onChange={setName} maxLength={200} />
      <CategoryBrandFields categoryId={categoryId} onCategory={setCategoryId} brandId={brandId} onBrand={setBrandId} />
      <label className="field">
        <span>{t("col.status")}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as ProductStatus)}>
          <option value="ACTIVE">{t("status.ACTIVE")}</option>
          <option value="DRAFT">{t("status.DRAFT")}</option>
          <option value="ARCHIVED">{t("status.ARCHIVED")}</option>
        </select>
      </label>
      <label className="field">
        <span>{t("product.description")}</span>
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} maxLength={2000} />
      </label>
      <div className="form-actions">
        {message ? (
          <span className={message.ok ? "muted" : "field-error"} role="status">
            {message.text}
          </span>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {t(fetching ? "common.saving" : "common.save")}
        </button>
      </div>
    </form>
  );
}
