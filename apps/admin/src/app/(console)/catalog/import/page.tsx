import type { Metadata } from "next";
import { CatalogImport } from "../../../../features/catalog/catalog-import";

export const metadata: Metadata = { title: "导入商品" };

export default function CatalogImportPage() {
  return <CatalogImport />;
}
