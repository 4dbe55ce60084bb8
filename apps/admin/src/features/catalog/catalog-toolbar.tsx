"use client";

import { useT } from "@o2o/client";
import { AdminCatalogRefsDocument, type ProductStatus } from "@o2o/schema";
import { useId } from "react";
import { useQuery } from "urql";
import { Icon } from "../shell/icons";
import { CategoryOptions } from "../../components/category-options";

export type SortKey = "UPDATED_AT:DESC" | "CREATED_AT:DESC" | "NAME:ASC";
export type CatalogFilters = { input: string; status: ProductStatus | ""; categoryId: string; sort: SortKey };

/** Search, status, category and sort of the product list. */
export function CatalogToolbar({ value, onChange }: { value: CatalogFilters; onChange: (next: CatalogFilters) => void }) {
  const t = useT();
  const ids = { search: useId(), status: useId(), category: useId(), sort: useId() };
  const [{ data }] = useQuery({ query: AdminCatalogRefsDocument });
  return (
    <div className="toolbar toolbar-wrap">
      <label htmlFor={ids.search} className="visually-hidden">
        {t("catalog.search")}
      </label>
      <div className="search-box">
        <Icon name="search" size={18} />
        <input
          id={ids.search}
          type="search"
          value={value.input}
          placeholder={t("catalog.searchPlaceholder")}
          onChange={(e) => onChange({ ...value, input: e.target.value })}
          maxLength={100}
          autoComplete="off"
        />
      </div>
      <label className="inline-field">
        <span>{t("col.status")}</span>
        <select id={ids.status} value={value.status} onChange={(e) => onChange({ ...value, status: e.target.value as ProductStatus | "" })}>
          <option value="">{t("common.all")}</option>
          <option value="ACTIVE">{t("status.ACTIVE")}</option>
          <option value="DRAFT">{t("status.DRAFT")}</option>
          <option value="ARCHIVED">{t("status.ARCHIVED")}</option>
        </select>
      </label>
      <label className="inline-field">
        <span>{t("col.category")}</span>
        <select id={ids.category} value={value.categoryId} onChange={(e) => onChange({ ...value, categoryId: e.target.value })}>
          <option value="">{t("common.all")}</option>
          <CategoryOptions categories={data?.categories ?? []} />
        </select>
      </label>
      <label className="inline-field">
        <span>{t("catalog.sort")}</span>
        <select id={ids.sort} value={value.sort} onChange={(e) => onChange({ ...value, sort: e.target.value as SortKey })}>
          <option value="UPDATED_AT:DESC">{t("catalog.sortUpdated")}</option>
          <option value="CREATED_AT:DESC">{t("catalog.sortCreated")}</option>
          <option value="NAME:ASC">{t("catalog.sortName")}</option>
        </select>
      </label>
    </div>
  );
}
