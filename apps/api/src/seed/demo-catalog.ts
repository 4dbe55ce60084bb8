import { searchTextOf } from "../modules/catalog/product-input-checks.ts";
import { generateInStoreEan13, gs1CheckDigit, type InStorePrefix } from "@o2o/domain";
import type { ProductStatus } from "../generated/prisma/client.ts";
import { mediaKeyOf, mediaUrlOf } from "../modules/media/media-store.ts";
import { apparelProducts } from "./demo-apparel-items.ts";
import { CATEGORY_TREE, type LeafCategoryName } from "./demo-category-tree.ts";
import { DEMO_PICTURE_TYPE, demoProductImage } from "./demo-images.ts";
import { groceryProducts } from "./demo-grocery-items.ts";
import { DEMO_BRANDS, type ProductSpec } from "./demo-product-spec.ts";
import { insertInBatches, type SeedContext } from "./seed-context.ts";
import type { Random } from "./seed-random.ts";

export type DemoVariant = {
  id: string;
  productId: string;
  sku: string;
  name: string;
  basePrice: number;
  category: LeafCategoryName;
  status: ProductStatus;
};

export type DemoProduct = { id: string; name: string; category: LeafCategoryName; status: ProductStatus; variantIds: string[] };

export type DemoCatalog = {
  /** Category ids by name (parents and leaves; names are unique in the demo tree). */
  categoryIds: Record<string, string>;
  products: DemoProduct[];
  variants: DemoVariant[];
};

/** A GS1 China manufacturer code (690…) for the few groceries that also carry the maker's barcode. */
function manufacturerEan13(sequence: number): string {
  const payload = `6908123${String(sequence).padStart(5, "0")}`;
  return `${payload}${gs1CheckDigit(payload)}`;
}

function inStoreEan13(prefix: InStorePrefix, sequence: number): string {
  const result = generateInStoreEan13(prefix, sequence);
  if (!result.ok) throw new Error(`demo barcode ${prefix}/${sequence}: ${result.message}`);
  return result.code;
}

/** Every combination of the option values, e.g. [[黑色, M], [黑色, L], …]. */
function combinations(spec: ProductSpec): { label: string; code: string; axis: string }[][] {
  let combos: { label: string; code: string; axis: string }[][] = [[]];
  for (const axis of spec.options) {
    combos = combos.flatMap((combo) => axis.values.map((v) => [...combo, { ...v, axis: axis.name }]));
  }
  return combos;
}

function productStatus(index: number): ProductStatus {
  if (index % 40 === 17) return "DRAFT";
  if (index % 40 === 33) return "ARCHIVED";
  return "ACTIVE";
}

function searchText(spec: ProductSpec, categoryPinyin: string, brandEn: string): string {
  return searchTextOf({ name: spec.name, nameI18n: { en: spec.nameEn }, tags: spec.keywords, brand: brandEn, category: categoryPinyin });
}

/**
 * Categories, brands, ~190 products, ~600 variants with EAN-13 barcodes, and a picture for one product per category
 * (`pictures`: the PNG bytes behind those images' `/media/<key>` URLs, for the caller to put in the media store).
 */
export async function seedCatalog(
  ctx: SeedContext,
  random: Random,
): Promise<{ catalog: DemoCatalog; pictures: Buffer[]; counts: Record<string, number> }> {
  const { db, merchantId, ids } = ctx;

  const categoryIds: Record<string, string> = {};
  const pinyinByCategory: Record<string, string> = {};
  const parentRows = CATEGORY_TREE.map((branch, i) => {
    categoryIds[branch.name] = ids();
    return {
      id: categoryIds[branch.name] as string,
      merchantId,
      name: branch.name,
      nameI18n: { en: branch.en, "zh-TW": branch.zhTW },
      icon: branch.icon,
      sortOrder: (i + 1) * 10,
    };
  });
  const childRows = CATEGORY_TREE.flatMap((branch) =>
    branch.children.map((leaf, i) => {
      categoryIds[leaf.name] = ids();
      pinyinByCategory[leaf.name] = `${leaf.pinyin} ${leaf.en} ${branch.pinyin}`;
      return {
        id: categoryIds[leaf.name] as string,
        merchantId,
        parentId: categoryIds[branch.name] as string,
        name: leaf.name,
        nameI18n: { en: leaf.en, "zh-TW": leaf.zhTW },
        icon: leaf.icon,
        sortOrder: (i + 1) * 10,
      };
    }),
  );
  const parents = await db.category.createMany({ data: parentRows });
  const children = await db.category.createMany({ data: childRows });

  const brandRows = DEMO_BRANDS.map((b) => ({ id: ids(), merchantId, name: b.name }));
  const brands = await db.brand.createMany({ data: brandRows });
  const brandIds = Object.fromEntries(brandRows.map((b) => [b.name, b.id]));
  const brandEn = Object.fromEntries(DEMO_BRANDS.map((b) => [b.name, b.en]));

  const specs = [...apparelProducts(random), ...groceryProducts(random)];
  const skuSequence: Record<string, number> = {};
  const products: DemoProduct[] = [];
  const variants: DemoVariant[] = [];
  const productRows = [];
  const variantRows = [];
  const barcodeRows = [];
  const imageRows = [];
  const pictures: Buffer[] = [];
  const categoriesWithImage = new Set<string>();

  for (const [index, spec] of specs.entries()) {
    const productId = ids();
    const status = productStatus(index);
    const sequence = (skuSequence[spec.skuPrefix] ?? 0) + 1;
    skuSequence[spec.skuPrefix] = sequence;
    productRows.push({
      id: productId,
      merchantId,
      categoryId: categoryIds[spec.category] as string,
      brandId: brandIds[spec.brand] as string,
      name: spec.name,
      nameI18n: { en: spec.nameEn },
      searchText: searchText(spec, pinyinByCategory[spec.category] ?? "", brandEn[spec.brand] ?? ""),
      description: spec.description ?? null,
      status,
      tags: spec.tags,
      options: spec.options.map((axis) => ({ name: axis.name, values: axis.values.map((v) => v.label) })),
    });
    const product: DemoProduct = { id: productId, name: spec.name, category: spec.category, status, variantIds: [] };
    products.push(product);

    for (const combo of combinations(spec)) {
      const variantId = ids();
      const sku = [spec.skuPrefix, String(sequence).padStart(4, "0"), ...combo.map((v) => v.code)].join("-");
      const name = combo.length === 0 ? spec.name : `${spec.name} ${combo.map((v) => v.label).join("/")}`;
      variantRows.push({
        id: variantId,
        merchantId,
        productId,
        sku,
        name,
        optionValues: Object.fromEntries(combo.map((v) => [v.axis, v.label])),
        basePrice: spec.basePrice,
        costPrice: Math.round((spec.basePrice * random.int(50, 60)) / 100),
        weightGrams: spec.weightGrams,
        status,
      });
      const variantNumber = variants.length + 1;
      barcodeRows.push({ id: ids(), merchantId, variantId, code: inStoreEan13("20", variantNumber), isPrimary: true });
      if (variantNumber % 10 === 3) {
        // About one variant in ten also carries a second code: the maker's GTIN for groceries, an old label otherwise.
        const code = spec.options.length === 0 ? manufacturerEan13(variantNumber) : inStoreEan13("21", variantNumber);
        barcodeRows.push({ id: ids(), merchantId, variantId, code, isPrimary: false });
      }
      if (status === "ACTIVE" && !categoriesWithImage.has(spec.category)) {
        categoriesWithImage.add(spec.category);
        const picture = demoProductImage(pictures.length);
        pictures.push(picture);
        imageRows.push({ id: ids(), productId, url: mediaUrlOf(mediaKeyOf(picture, DEMO_PICTURE_TYPE)), alt: spec.name, sortOrder: 0 });
      }
      product.variantIds.push(variantId);
      variants.push({ id: variantId, productId, sku, name, basePrice: spec.basePrice, category: spec.category, status });
    }
  }

  const productCount = await insertInBatches(productRows, (data) => db.product.createMany({ data }));
  const variantCount = await insertInBatches(variantRows, (data) => db.variant.createMany({ data }));
  const barcodeCount = await insertInBatches(barcodeRows, (data) => db.barcode.createMany({ data }));
  const imageCount = await insertInBatches(imageRows, (data) => db.productImage.createMany({ data }));

  return {
    catalog: { categoryIds, products, variants },
    pictures,
    counts: {
      categories: parents.count + children.count,
      brands: brands.count,
      products: productCount,
      variants: variantCount,
      barcodes: barcodeCount,
      productImages: imageCount,
    },
  };
}
