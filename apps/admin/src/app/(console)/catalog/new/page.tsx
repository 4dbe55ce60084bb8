import type { Metadata } from "next";
import { ProductForm } from "../../../../features/catalog/product-form";

export const metadata: Metadata = { title: "新建商品" };

export default function NewProductPage() {
  return <ProductForm />;
}
