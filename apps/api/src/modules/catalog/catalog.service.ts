import { normaliseScannedCode, upcAToEan13 } from "@o2o/domain";
import type { Viewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { forbidden } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import { type CatalogAudience, seesAllStatuses } from "./catalog-audience.ts";
import { likeLiteral } from "../../db/like-literal.ts";
import { type ProductFilter, type ProductSort, ProductSortField } from "./catalog.inputs.ts";
import { SortDirection } from "../../graphql/sorting.ts";

const SORT_COLUMN = {
  [ProductSortField.NAME]: "name",
  [ProductSortField.CREATED_AT]: "createdAt",
  [ProductSortField.UPDATED_AT]: "updatedAt",
} as const;

const DEFAULT_SORT: ProductSort = { field: ProductSortField.CREATED_AT, direction: SortDirection.DESC };

/** The forms a scanned code may be stored under: as scanned, and a UPC-A also as its EAN-13 form. */
export function barcodeLookupForms(scanned: string): string[] {
  const code = normaliseScannedCode(scanned);
  if (!code) return [];
  return /^\d{12}$/.test(code) ? [code, upcAToEan13(code)] : [code];
}

/** Catalogue reads. Shoppers (anonymous or members) see ACTIVE items only; staff with catalog:read see everything. */
export class CatalogService {
  private storefrontMerchant: Promise<string | null> | null = null;

  constructor(private readonly db: Db) {}

  /** The storefront is single-merchant: anonymous shoppers browse the only merchant. */
  private storefrontMerchantId(): Promise<string | null> {
    if (!this.storefrontMerchant) {
      this.storefrontMerchant = this.db.merchant
        .findFirst({ select: { id: true }, orderBy: [{ createdAt: "asc" }] })
        .then((m) => m?.id ?? null);
      // Do not remember "no merchant yet": the first one may be created later.
      void this.storefrontMerchant.then((id) => {
        if (!id) this.storefrontMerchant = null;
      });
    }
    return this.storefrontMerchant;
  }

  async audienceOf(viewer: Viewer | null): Promise<CatalogAudience> {
    return {
      merchantId: viewer ? viewer.merchantId : await this.storefrontMerchantId(),
      allStatuses: seesAllStatuses(viewer),
    };
  }

  async listProducts(
    audience: CatalogAudience,
    filter: ProductFilter | null | undefined,
    sort: ProductSort | null | undefined,
    page: PageArgs,
  ): Promise<Connection<Prisma.ProductGetPayload<object>>> {
    const where = await this.productWhere(audience, filter ?? {});
    const { field, direction } = sort ?? DEFAULT_SORT;
    const dir = direction === SortDirection.ASC ? "asc" : "desc";
    const orderBy: Prisma.ProductOrderByWithRelationInput[] = [{ [SORT_COLUMN[field]]: dir }, { id: dir }];
    return paginate(
      page,
      (p) => this.db.product.findMany({ where, orderBy, ...p }),
      () => this.db.product.count({ where }),
    );
  }

  private async productWhere(audience: CatalogAudience, filter: ProductFilter): Promise<Prisma.ProductWhereInput> {
    if (!audience.merchantId) return { id: { in: [] } };
    if (filter.status && filter.status !== "ACTIVE" && !audience.allStatuses) {
      throw forbidden("Only staff with catalog:read can list draft or archived products.");
    }
    const and: Prisma.ProductWhereInput[] = [{ merchantId: audience.merchantId }];
    if (!audience.allStatuses) and.push({ status: "ACTIVE" });
    else if (filter.status) and.push({ status: filter.status });
    if (filter.categoryId) and.push({ categoryId: { in: await this.categoryWithDescendants(audience.merchantId, filter.categoryId) } });
    if (filter.brandId) and.push({ brandId: filter.brandId });
    if (filter.tag) and.push({ tags: { has: filter.tag } });
    const term = filter.search?.trim();
    if (term) {
      const pattern = likeLiteral(term);
      const codes = barcodeLookupForms(term);
      and.push({
        OR: [
          { name: { contains: pattern, mode: "insensitive" } },
          { searchText: { contains: pattern, mode: "insensitive" } },
          { variants: { some: { sku: { contains: pattern, mode: "insensitive" } } } },
          ...(codes.length
            ? [{ variants: { some: { barcodes: { some: { merchantId: audience.merchantId, code: { in: codes } } } } } }]
            : []),
        ],
      });
    }
    return { AND: and };
  }

  /** The category and every category below it (the tree is small: one query, walked in memory). */
  async categoryWithDescendants(merchantId: string, categoryId: string): Promise<string[]> {
    const rows = await this.db.category.findMany({ where: { merchantId }, select: { id: true, parentId: true } });
    const children = new Map<string, string[]>();
    for (const r of rows) {
      if (!r.parentId) continue;
      const list = children.get(r.parentId);
      if (list) list.push(r.id);
      else children.set(r.parentId, [r.id]);
    }
    const found = new Set<string>([categoryId]);
    const queue = [categoryId];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const child of children.get(next) ?? []) {
        if (!found.has(child)) {
          found.add(child);
          queue.push(child);
        }
      }
    }
    return [...found];
  }

  async product(audience: CatalogAudience, id: string) {
    if (!audience.merchantId) return null;
    return this.db.product.findFirst({
      where: { id, merchantId: audience.merchantId, ...(audience.allStatuses ? {} : { status: "ACTIVE" as const }) },
    });
  }

  async variant(merchantId: string, id: string) {
    return this.db.variant.findFirst({ where: { id, merchantId } });
  }

  /** The variant carrying a scanned code, or null. */
  async variantByBarcode(merchantId: string, scanned: string) {
    const codes = barcodeLookupForms(scanned);
    if (codes.length === 0) return null;
    const barcode = await this.db.barcode.findFirst({ where: { merchantId, code: { in: codes } }, select: { variantId: true } });
    return barcode ? this.db.variant.findFirst({ where: { id: barcode.variantId, merchantId } }) : null;
  }

  async categories(audience: CatalogAudience) {
    if (!audience.merchantId) return [];
    return this.db.category.findMany({
      where: { merchantId: audience.merchantId, ...(audience.allStatuses ? {} : { active: true }) },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    });
  }

  async brands(audience: CatalogAudience) {
    if (!audience.merchantId) return [];
    return this.db.brand.findMany({ where: { merchantId: audience.merchantId }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  }
}
