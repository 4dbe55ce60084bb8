import type { Metadata } from "next";
import { CatalogImport } from "../../../../features/catalog/catalog-import";
import { RequirePermission } from "../../../../features/shell/require-permission";

export const metadata: Metadata = { title: "导入商品" };

export default function CatalogImportPage() {
  return (
    <RequirePermission permission="catalog:write">
      <CatalogImport />
    </RequirePermission>
  );
}
