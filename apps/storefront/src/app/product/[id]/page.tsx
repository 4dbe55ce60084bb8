import { ShopProductPageDocument, ShopRecommendedDocument } from "@o2o/schema";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { ApiNotice } from "../../../features/shell/api-notice";
import { ProductView } from "../../../features/product/product-view";
import { RecommendedProducts } from "../../../features/product/recommended-products";
import { serverQuery } from "../../../lib/server-graphql";

// Prices and stock change all day: render on every request.
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

// One API read per request, shared by the metadata and the page.
const readProduct = cache((id: string) => serverQuery(ShopProductPageDocument, { id }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const outcome = await readProduct(id);
  const product = outcome.status === "ok" ? outcome.data.product : null;
  return { title: product?.name ?? "商品", description: product?.description ?? undefined };
}

export default async function ProductPage({ params }: { params: Params }) {
  const { id } = await params;
  if (id.length > 64) notFound();
  // Both reads start now; the recommendations stream in after the product is on screen.
  const recommended = serverQuery(ShopRecommendedDocument, { id });
  const outcome = await readProduct(id);
  if (outcome.status === "unavailable") return <ApiNotice kind="unavailable" href={`/product/${id}`} />;
  if (outcome.status === "error") return <ApiNotice kind="error" href={`/product/${id}`} detail={outcome.message} />;
  const { product, productOffer, productAvailability } = outcome.data;
  if (!product) notFound();
  return (
    <>
      <ProductView product={product} offer={productOffer} availability={productAvailability} />
      <Suspense fallback={null}>
        <RecommendedProducts outcome={recommended} />
      </Suspense>
    </>
  );
}
