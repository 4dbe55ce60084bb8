import type { Metadata } from "next";
import { CategoryManager } from "../../../../features/catalog/category-manager";

export const metadata: Metadata = { title: "分类与品牌" };

export default function Page() {
  return <CategoryManager />;
}
