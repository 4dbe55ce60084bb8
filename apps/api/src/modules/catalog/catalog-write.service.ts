import type { RequestAudit } from "../../audit/request-audit.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { badInput, conflict, notFound } from "../../errors/api-errors.ts";
import type { CreateBrandInput, CreateCategoryInput, CreateProductInput, UpdateProductInput } from "./catalog.inputs.ts";
import {
  checkDistinctSkus,
  checkOptions,
  checkVariantBarcodes,
  optionValuesProblem,
  productOptions,
  searchTextOf,
} from "./product-input-checks.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { nextInStoreBarcodes } from "./in-store-barcodes.ts";
import { lockProduct } from "./product-lock.ts";

/** Catalogue changes (catalog:write). Each runs in one transaction with its audit row. */
export class CatalogWriteService {
  constructor(private readonly db: Db) {}

  async createProduct(viewer: StaffViewer, input: CreateProductInput, audit: RequestAudit) {
    const merchantId = viewer.merchantId;
    const options = input.options ?? [];
    checkDistinctSkus(input.variants);
    checkOptions(options, input.variants, (i) => `variants.${i}.optionValues`);
    const barcodes = checkVariantBarcodes(input.variants);
    try {
      return await this.db.$transaction(async (tx) => {
        const refs = await this.references(tx, merchantId, input.categoryId, input.brandId);
        await this.assertUnused(
          tx,
          merchantId,
          input.variants.map((v) => v.sku),
          barcodes.flat().map((b) => b.code),
        );
        const tags = [...new Set(input.tags ?? [])];
        const product = await tx.product.create({
          data: {
            merchantId,
            name: input.name,
            nameI18n: input.nameI18n ?? {},
            description: input.description ?? null,
            categoryId: refs.category?.id ?? null,
            brandId: refs.brand?.id ?? null,
            status: input.status ?? "DRAFT",
            tags,
            options: options.map((o) => ({ name: o.name, values: o.values })),
            searchText: searchTextOf({
              name: input.name,
              nameI18n: input.nameI18n,
              tags,
              brand: refs.brand?.name,
              category: refs.category?.name,
            }),
          },
        });
        const variants = await tx.variant.createManyAndReturn({
          data: input.variants.map((v) => ({
            merchantId,
            productId: product.id,
            sku: v.sku,
            name: v.name,
            optionValues: v.optionValues ?? {},
            basePrice: v.basePrice,
            costPrice: v.costPrice ?? null,
            weightGrams: v.weightGrams ?? null,
          })),
        });
        const idBySku = new Map(variants.map((v) => [v.sku, v.id]));
        // Items that arrive without a barcode get an in-store EAN-13, so every SKU can be scanned at the till.
        const missing = input.variants.filter((_, i) => (barcodes[i] ?? []).length === 0);
        const generated = await nextInStoreBarcodes(tx, missing.length);
        const barcodeRows = input.variants.flatMap((v, i) => {
          const given = (barcodes[i] ?? []).map((b) => ({ code: b.code, type: b.type, isPrimary: b.isPrimary }));
          const rows = given.length ? given : [{ code: generated[missing.indexOf(v)] as string, type: "EAN13" as const, isPrimary: true }];
          return rows.map((b) => ({ merchantId, variantId: idBySku.get(v.sku) as string, ...b }));
        });
        if (barcodeRows.length) await tx.barcode.createMany({ data: barcodeRows });
        await audit.record(tx, {
          action: "product.create",
          entityType: "Product",
          entityId: product.id,
          after: {
            ...product,
            variants: variants.map((v) => ({ ...v, barcodes: barcodeRows.filter((b) => b.variantId === v.id).map((b) => b.code) })),
          },
        });
        return product;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("A SKU or barcode of this product was just taken by another product.");
      throw error;
    }
  }

  async updateProduct(viewer: StaffViewer, id: string, input: UpdateProductInput, audit: RequestAudit) {
    const merchantId = viewer.merchantId;
    return this.db.$transaction(async (tx) => {
      const before = await lockProduct(tx, merchantId, id);
      const refs = await this.references(
        tx,
        merchantId,
        input.categoryId === undefined ? before.categoryId : input.categoryId,
        input.brandId === undefined ? before.brandId : input.brandId,
      );
      let options = productOptions(before.options);
      if (input.options) {
        const variants = await tx.variant.findMany({
          where: { productId: id },
          select: { sku: true, optionValues: true },
          orderBy: [{ sku: "asc" }],
        });
        checkOptions(input.options, [], () => "");
        const misfit = variants.find((v) => optionValuesProblem(input.options ?? [], (v.optionValues ?? {}) as Record<string, unknown>));
        if (misfit) {
          const problem = optionValuesProblem(input.options, (misfit.optionValues ?? {}) as Record<string, unknown>);
          throw badInput(`Variant ${misfit.sku} does not fit the new options: ${problem}`, [
            { field: "options", message: `Variant ${misfit.sku}: ${problem}` },
          ]);
        }
        options = input.options.map((o) => ({ name: o.name, values: o.values }));
      }
      const name = input.name ?? before.name;
      const nameI18n = input.nameI18n ?? (before.nameI18n as Record<string, string>);
      const tags = input.tags ? [...new Set(input.tags)] : before.tags;
      const after = await tx.product.update({
        where: { id },
        data: {
          name,
          nameI18n,
          description: input.description === undefined ? undefined : input.description,
          categoryId: refs.category?.id ?? null,
          brandId: refs.brand?.id ?? null,
          status: input.status ?? undefined,
          tags,
          options,
          searchText: searchTextOf({ name, nameI18n, tags, brand: refs.brand?.name, category: refs.category?.name }),
        },
      });
      await audit.record(tx, { action: "product.update", entityType: "Product", entityId: id, before, after });
      return after;
    });
  }

  /** Takes the product off sale everywhere; its history stays. Archiving an archived product changes nothing. */
  async archiveProduct(viewer: StaffViewer, id: string, audit: RequestAudit) {
    return this.db.$transaction(async (tx) => {
      const before = await lockProduct(tx, viewer.merchantId, id);
      if (before.status === "ARCHIVED") return before;
      const after = await tx.product.update({ where: { id }, data: { status: "ARCHIVED" } });
      await audit.record(tx, { action: "product.archive", entityType: "Product", entityId: id, before, after });
      return after;
    });
  }

  async createCategory(viewer: StaffViewer, input: CreateCategoryInput, audit: RequestAudit) {
    const merchantId = viewer.merchantId;
    const parentId = input.parentId ?? null;
    try {
      return await this.db.$transaction(async (tx) => {
        if (parentId) {
          const parent = await tx.category.findFirst({ where: { id: parentId, merchantId }, select: { id: true } });
          if (!parent) throw notFound("Category", parentId);
        } else {
          // The unique index does not cover top-level names (NULL parent): serialise their creation per merchant.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`category-root:${merchantId}`}))`;
        }
        const sibling = await tx.category.findFirst({ where: { merchantId, parentId, name: input.name }, select: { id: true } });
        if (sibling) throw conflict(`A category named ${input.name} already exists here.`);
        const last = await tx.category.aggregate({ where: { merchantId, parentId }, _max: { sortOrder: true } });
        const category = await tx.category.create({
          data: {
            merchantId,
            parentId,
            name: input.name,
            nameI18n: input.nameI18n ?? {},
            icon: input.icon ?? null,
            sortOrder: input.sortOrder ?? (last._max.sortOrder ?? 0) + 10,
          },
        });
        await audit.record(tx, { action: "category.create", entityType: "Category", entityId: category.id, after: category });
        return category;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A category named ${input.name} already exists here.`);
      throw error;
    }
  }

  async createBrand(viewer: StaffViewer, input: CreateBrandInput, audit: RequestAudit) {
    const merchantId = viewer.merchantId;
    try {
      return await this.db.$transaction(async (tx) => {
        const existing = await tx.brand.findFirst({ where: { merchantId, name: input.name }, select: { id: true } });
        if (existing) throw conflict(`A brand named ${input.name} already exists.`);
        const brand = await tx.brand.create({ data: { merchantId, name: input.name, logoUrl: input.logoUrl ?? null } });
        await audit.record(tx, { action: "brand.create", entityType: "Brand", entityId: brand.id, after: brand });
        return brand;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A brand named ${input.name} already exists.`);
      throw error;
    }
  }

  private async references(tx: Tx, merchantId: string, categoryId: string | null | undefined, brandId: string | null | undefined) {
    // One statement at a time: a transaction holds one connection.
    const category = categoryId
      ? await tx.category.findFirst({ where: { id: categoryId, merchantId }, select: { id: true, name: true } })
      : null;
    const brand = brandId ? await tx.brand.findFirst({ where: { id: brandId, merchantId }, select: { id: true, name: true } }) : null;
    if (categoryId && !category) throw notFound("Category", categoryId);
    if (brandId && !brand) throw notFound("Brand", brandId);
    return { category, brand };
  }

  private async assertUnused(tx: Tx, merchantId: string, skus: string[], codes: string[]) {
    const takenSku = await tx.variant.findFirst({ where: { merchantId, sku: { in: skus } }, select: { sku: true } });
    const takenCode = codes.length
      ? await tx.barcode.findFirst({ where: { merchantId, code: { in: codes } }, select: { code: true } })
      : null;
    if (takenSku) throw conflict(`SKU ${takenSku.sku} is already used by another variant.`);
    if (takenCode) throw conflict(`Barcode ${takenCode.code} is already used by another variant.`);
  }
}
