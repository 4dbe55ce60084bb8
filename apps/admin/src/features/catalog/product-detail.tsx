"use client";

import { EmptyState, ErrorState, formatFen, hasPermission, LoadingState, useT } from "@o2o/client";
import { AdminArchiveProductDocument, AdminProductDocument } from "@o2o/schema";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { useMutation } from "urql";
import { BarcodeLabel } from "../../components/barcode-label";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { useMe } from "../auth/me-context";
import { ProductImages } from "./product-images";
import { ProductInfoForm } from "./product-info-form";
import { statusLabel } from "./product-list";
import { VariantPrices } from "./variant-prices";
import { BackLink } from "../../components/back-link";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** One product: its details, variants with barcodes and printable labels, and each variant's prices everywhere. */
export function ProductDetail({ id }: { id: string }) {
  const t = useT();
  const me = useMe();
  const created = useSearchParams().get("created") === "1";
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminProductDocument, variables: { id } });
  const [, archive] = useMutation(AdminArchiveProductDocument);
  const [variantId, setVariantId] = useState<string | null>(null);
  const canWrite = hasPermission(me, "catalog:write");

  if (error && !data) return <ErrorState error={error} onRetry={refresh} />;
  if (!data) return fetching ? <LoadingState /> : null;
  const product = data.product;
  if (!product) return <EmptyState title={t("product.notFound")} />;
  const selected = product.variants.find((v) => v.id === variantId) ?? product.variants[0];

  return (
    <div className="page">
      <PageHeader
        title={
          <>
            {product.category?.icon ? <span aria-hidden="true">{product.category.icon} </span> : null}
            {product.name}
          </>
        }
        subtitle={<span className={`badge badge-status-${product.status.toLowerCase()}`}>{statusLabel(t, product.status)}</span>}
        actions={
          <>
            <BackLink href="/catalog" />
            <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
              {t("product.printLabels")}
            </button>
            {canWrite && product.status !== "ARCHIVED" ? (
              <ConfirmButton
                label={t("product.archive")}
                message={t("product.archiveConfirm", { name: product.name })}
                danger
                onConfirm={async () => {
                  await archive({ id: product.id });
                  refresh();
                }}
              />
            ) : null}
          </>
        }
      />
      {created ? (
        <p className="alert alert-info" role="status">
          {t("product.created")}
        </p>
      ) : null}
      <div className="detail-grid">
        {canWrite ? <ProductInfoForm product={product} /> : null}
        <ProductImages key={product.id} productId={product.id} images={product.images} canWrite={canWrite} />
        <section className="card" aria-labelledby="variants-title">
          <h3 className="card-title" id="variants-title">
            {t("product.variants")}
          </h3>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("product.variantName")}</th>
                  <th scope="col">SKU</th>
                  <th scope="col">{t("product.barcode")}</th>
                  <th scope="col" className="align-end">
                    {t("price.base")}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t("common.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {product.variants.map((v) => (
                  <tr key={v.id} aria-selected={selected?.id === v.id}>
                    <td>{v.name}</td>
                    <td className="mono">{v.sku}</td>
                    <td className="mono">{v.barcodes.map((b) => b.code).join(", ") || "—"}</td>
                    <td className="align-end num">{formatFen(v.basePrice)}</td>
                    <td className="align-end">
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        onClick={() => setVariantId(v.id)}
                        aria-pressed={selected?.id === v.id}
                      >
                        {t("product.showPrices")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        {selected ? (
          <section className="card span-2" aria-labelledby="prices-title">
            <h3 className="card-title" id="prices-title">
              {t("price.title", { name: `${product.name} · ${selected.name}` })}
            </h3>
            <VariantPrices key={selected.id} variantId={selected.id} />
          </section>
        ) : null}
        <section className="card span-2 print-sheet" aria-labelledby="labels-title">
          <h3 className="card-title" id="labels-title">
            {t("product.labels")}
          </h3>
          <div className="label-grid">
            {product.variants.flatMap((v) =>
              v.barcodes.map((b) => <BarcodeLabel key={b.id} code={b.code} title={`${product.name} ${v.name}`} price={v.basePrice} />),
            )}
          </div>
        </section>
      </div>
    </div>
  );
}
