import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { seesCostPrice } from "./catalog-audience.ts";
import {
  CatalogExportFilter,
  CatalogFile,
  CatalogFileFormat,
  CatalogFileHeaders,
  CatalogImportReport,
  ImportCatalogInput,
} from "./catalog-file.types.ts";

/** Bulk import and export of the catalogue as CSV or XLSX files (base64 in GraphQL). */
@Resolver()
export class CatalogFileResolver {
  @Mutation(() => CatalogImportReport, {
    description:
      "Imports products, variants and barcodes from a CSV or XLSX file (catalog:write) and reports row by row what is " +
      "wrong. By default (ALL_OR_NOTHING) a file with any bad row imports nothing. Changing the base price of an " +
      "existing SKU also needs merchant-wide price:write.",
  })
  async importCatalog(
    @Arg("input", () => ImportCatalogInput) input: ImportCatalogInput,
    @Ctx() ctx: Context,
  ): Promise<CatalogImportReport> {
    const { staff } = authz.require(ctx.viewer, "catalog:write");
    return ctx.services.catalogImports.importCatalog(staff, input, ctx.audit);
  }

  @Query(() => CatalogFile, {
    description:
      "The catalogue as a file in the import's columns, one row per variant (catalog:read; cost prices only with " +
      "catalog:write). Re-importing it with onExistingSku UPDATE changes nothing.",
  })
  async exportCatalog(
    @Arg("format", () => CatalogFileFormat) format: CatalogFileFormat,
    @Arg("filter", () => CatalogExportFilter, { nullable: true }) filter: CatalogExportFilter | null,
    @Arg("headers", () => CatalogFileHeaders, { defaultValue: CatalogFileHeaders.KEYS }) headers: CatalogFileHeaders,
    @Ctx() ctx: Context,
  ): Promise<CatalogFile> {
    const { staff } = authz.require(ctx.viewer, "catalog:read");
    return ctx.services.catalogExports.exportCatalog(staff.merchantId, format, filter, { headers, withCostPrice: seesCostPrice(staff) });
  }
}
