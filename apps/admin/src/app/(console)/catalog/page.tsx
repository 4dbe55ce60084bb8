import type { Metadata } from "next";
import { ProductList } from "../../../features/catalog/product-list";

export const metadata: Metadata = { title: "商品" };

export default function CatalogPage() {
  return <ProductList />;
}
