import { Suspense } from "react";
import { ProductDetail } from "../../../../features/catalog/product-detail";

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense>
      <ProductDetail id={id} />
    </Suspense>
  );
}
