"use client";

import { useT } from "@o2o/client";
import { AdminCatalogRefsDocument } from "@o2o/schema";
import { useQuery } from "urql";
import { CategoryOptions } from "../../components/category-options";

/** A product's category and brand pickers (blank means uncategorised / no brand). */
export function CategoryBrandFields({
  categoryId,
  onCategory,
  brandId,
  onBrand,
}: {
  categoryId: string;
  onCategory: (id: string) => void;
  brandId: string;
  onBrand: (id: string) => void;
}) {
  const t = useT();
  const [{ data: refs }] = useQuery({ query: AdminCatalogRefsDocument });
  return (
    <>
      <label className="field">
        <span>{t("col.category")}</span>
        <select value={categoryId} onChange={(e) => onCategory(e.target.value)}>
          <option value="">{t("catalog.uncategorised")}</option>
          <CategoryOptions categories={refs?.categories ?? []} />
        </select>
      </label>
      <label className="field">
        <span>{t("catalog.brand")}</span>
        <select value={brandId} onChange={(e) => onBrand(e.target.value)}>
          <option value="">{t("common.none")}</option>
          {(refs?.brands ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
