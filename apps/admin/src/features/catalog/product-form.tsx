"use client";

import { apiErrorCode, type Translate, useT } from "@o2o/client";
import { AdminCreateProductDocument, type ProductStatus } from "@o2o/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { CategoryBrandFields } from "./category-brand-fields";
import { PageHeader } from "../../components/page-header";
import { checkVariantRows, type DraftError, variantInputs } from "./product-draft";
import { emptyVariant, type VariantDraft, VariantRows } from "./variant-rows";
import { BackLink } from "../../components/back-link";

function errorText(t: Translate, error: DraftError): string {
  switch (error) {
    case "required":
      return t("common.required");
    case "amount":
      return t("common.invalidAmount");
    case "sku":
      return t("product.skuFormat");
    case "barcode":
      return t("product.barcodeInvalid");
    case "duplicate":
      return t("product.duplicate");
  }
}

/** A new product with its variants, prices and barcodes, created in one call. */
export function ProductForm() {
  const t = useT();
  const router = useRouter();
  const [name, setName] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [brandId, setBrandId] = useState("");
  const [status, setStatus] = useState<ProductStatus>("ACTIVE");
  const [description, setDescription] = useState("");
  const [rows, setRows] = useState<VariantDraft[]>(() => [emptyVariant()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(AdminCreateProductDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t("common.required");
    for (const [key, error] of Object.entries(checkVariantRows(rows))) found[key] = errorText(t, error);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const result = await create({
      input: {
        name: name.trim(),
        status,
        categoryId: categoryId || null,
        brandId: brandId || null,
        description: description.trim() || null,
        variants: variantInputs(rows),
      },
    });
    const product = result.data?.createProduct;
    if (product) {
      router.push(`/catalog/${product.id}?created=1`);
      return;
    }
    const code = result.error ? apiErrorCode(result.error) : null;
    setFormError(
      code === "CONFLICT"
        ? t("product.conflict")
        : t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? "" }),
    );
  }

  return (
    <div className="page">
      <PageHeader title={t("product.newTitle")} subtitle={t("product.newSubtitle")} actions={<BackLink href="/catalog" />} />
      <form className="card form-card" onSubmit={onSubmit} noValidate>
        {formError ? (
          <div className="alert alert-error" role="alert">
            {formError}
          </div>
        ) : null}
        <div className="form-grid">
          <label className="field span-2">
            <span>{t("product.name")}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} aria-invalid={Boolean(errors.name)} />
            {errors.name ? <span className="field-error">{errors.name}</span> : null}
          </label>
          <CategoryBrandFields categoryId={categoryId} onCategory={setCategoryId} brandId={brandId} onBrand={setBrandId} />
          <label className="field">
            <span>{t("col.status")}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as ProductStatus)}>
              <option value="ACTIVE">{t("status.ACTIVE")}</option>
              <option value="DRAFT">{t("status.DRAFT")}</option>
            </select>
          </label>
          <label className="field span-2">
            <span>{t("product.description")}</span>
            <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} rows={3} />
          </label>
        </div>
        <VariantRows rows={rows} onChange={setRows} errors={errors} />
        <div className="form-actions">
          <Link href="/catalog" className="btn btn-ghost">
            {t("common.cancel")}
          </Link>
          <button type="submit" className="btn btn-primary" disabled={fetching}>
            {t(fetching ? "common.saving" : "product.create")}
          </button>
        </div>
      </form>
    </div>
  );
}
