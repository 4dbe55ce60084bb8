import type { Metadata } from "next";
import { ProductForm } from "../../../../features/catalog/product-form";
import { RequirePermission } from "../../../../features/shell/require-permission";

export const metadata: Metadata = { title: "新建商品" };

export default function NewProductPage() {
  return (
    <RequirePermission permission="catalog:write">
      <ProductForm />
    </RequirePermission>
  );
}
