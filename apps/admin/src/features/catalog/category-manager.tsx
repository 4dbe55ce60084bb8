"use client";

import { ErrorState, hasPermission, LoadingState, useT } from "@o2o/client";
import { AdminCatalogRefsDocument, AdminCreateBrandDocument, AdminCreateCategoryDocument } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { PageHeader } from "../../components/page-header";
import { useMe } from "../auth/me-context";
import { TextField } from "../../components/form-field";
import { BackLink } from "../../components/back-link";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

const ICONS = ["👕", "👔", "👖", "🧥", "👟", "🎒", "🍪", "🥤", "🥛", "🧴", "🧽", "🎁", "🧸", "📱", "💄", "🍎"];

/** The category tree with icons and the brands; staff with catalog:write add new ones. */
export function CategoryManager() {
  const t = useT();
  const me = useMe();
  const canWrite = hasPermission(me, "catalog:write");
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminCatalogRefsDocument, requestPolicy: "cache-and-network" });
  const [name, setName] = useState("");
  const [icon, setIcon] = useState(ICONS[0] ?? "");
  const [parentId, setParentId] = useState("");
  const [brand, setBrand] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [, createCategory] = useMutation(AdminCreateCategoryDocument);
  const [, createBrand] = useMutation(AdminCreateBrandDocument);

  async function onCategory(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setMessage({ ok: false, text: t("common.required") });
    const res = await createCategory({ input: { name: name.trim(), icon: icon || null, parentId: parentId || null } });
    setMessage(
      res.data
        ? { ok: true, text: t("categories.created", { name: res.data.createCategory.name }) }
        : { ok: false, text: t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }) },
    );
    if (res.data) {
      setName("");
      refresh();
    }
  }

  async function onBrand(event: FormEvent) {
    event.preventDefault();
    if (!brand.trim()) return setMessage({ ok: false, text: t("common.required") });
    const res = await createBrand({ input: { name: brand.trim() } });
    setMessage(
      res.data
        ? { ok: true, text: t("categories.brandCreated", { name: res.data.createBrand.name }) }
        : { ok: false, text: t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }) },
    );
    if (res.data) {
      setBrand("");
      refresh();
    }
  }

  const categories = data?.categories ?? [];
  const roots = categories.filter((c) => !c.parent);
  return (
    <div className="page">
      <PageHeader title={t("categories.title")} subtitle={t("categories.subtitle")} actions={<BackLink href="/catalog" />} />
      {message ? (
        <p className={message.ok ? "alert alert-info" : "alert alert-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      {error && !data ? <ErrorState error={error} onRetry={refresh} /> : null}
      {!data && fetching ? <LoadingState /> : null}
      <div className="detail-grid">
        <section className="card" aria-labelledby="tree-title">
          <h3 className="card-title" id="tree-title">
            {t("categories.tree")}
          </h3>
          <ul className="category-tree">
            {roots.map((root) => (
              <li key={root.id}>
                <span className="category-icon" aria-hidden="true">
                  {root.icon}
                </span>
                <strong>{root.name}</strong>
                <ul>
                  {categories
                    .filter((c) => c.parent?.id === root.id)
                    .map((c) => (
                      <li key={c.id}>
                        <span className="category-icon" aria-hidden="true">
                          {c.icon}
                        </span>
                        {c.name}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
        <div className="stack">
          {canWrite ? (
            <form className="card" onSubmit={onCategory} aria-labelledby="cat-form-title">
              <h3 className="card-title" id="cat-form-title">
                {t("categories.new")}
              </h3>
              <TextField label={t("categories.name")} value={name} onChange={setName} maxLength={50} />
              <fieldset className="icon-picker">
                <legend>{t("categories.icon")}</legend>
                {ICONS.map((i) => (
                  <button key={i} type="button" className="icon-choice" aria-pressed={icon === i} aria-label={i} onClick={() => setIcon(i)}>
                    {i}
                  </button>
                ))}
              </fieldset>
              <label className="field">
                <span>{t("categories.parent")}</span>
                <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
                  <option value="">{t("categories.topLevel")}</option>
                  {roots.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
              <div className="form-actions">
                <button type="submit" className="btn btn-primary">
                  {t("categories.add")}
                </button>
              </div>
            </form>
          ) : null}
          <section className="card" aria-labelledby="brands-title">
            <h3 className="card-title" id="brands-title">
              {t("catalog.brand")}
            </h3>
            <ul className="chips">
              {(data?.brands ?? []).map((b) => (
                <li key={b.id} className="chip">
                  {b.name}
                </li>
              ))}
            </ul>
            {canWrite ? (
              <form className="inline-form" onSubmit={onBrand}>
                <label className="field field-inline">
                  <span>{t("categories.brandName")}</span>
                  <input value={brand} onChange={(e) => setBrand(e.target.value)} maxLength={50} />
                </label>
                <button type="submit" className="btn btn-secondary">
                  {t("categories.addBrand")}
                </button>
              </form>
            ) : null}
          </section>
        </div>
      </div>
    </div>
  );
}
