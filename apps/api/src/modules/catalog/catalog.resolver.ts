import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { seesAllStatuses, seesCostPrice } from "./catalog-audience.ts";
import {
  BarcodeArgs,
  CreateBrandInput,
  CreateCategoryInput,
  CreateProductInput,
  ProductFilter,
  ProductSort,
  UpdateProductInput,
} from "./catalog.inputs.ts";
import { Barcode, Brand, Category, Product, ProductConnection, ProductImage, ProductOption, Variant } from "./catalog.types.ts";
import { SetProductImagesArgs } from "./product-images.inputs.ts";
import { productOptions } from "./product-input-checks.ts";

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, {
    description: "Products, newest first by default. Public: shoppers see ACTIVE products; staff with catalog:read see all.",
  })
  async products(
    @Arg("filter", () => ProductFilter, { nullable: true }) filter: ProductFilter | null,
    @Arg("sort", () => ProductSort, { nullable: true }) sort: ProductSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ProductConnection> {
    const audience = await ctx.services.catalog.audienceOf(ctx.viewer);
    return (await ctx.services.catalog.listProducts(audience, filter, sort, page)) as unknown as ProductConnection;
  }

  @Query(() => Product, { nullable: true, description: "Public for ACTIVE products; null when not found or not visible." })
  async product(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Product | null> {
    const audience = await ctx.services.catalog.audienceOf(ctx.viewer);
    return (await ctx.services.catalog.product(audience, id)) as Product | null;
  }

  @FieldResolver(() => [ProductOption], { description: "Option axes; each variant picks one value per axis." })
  options(@Root() product: Product): ProductOption[] {
    return productOptions(product.options);
  }

  @FieldResolver(() => Category, { nullable: true })
  async category(@Root() product: Product, @Ctx() ctx: Context): Promise<Category | null> {
    return product.categoryId ? ((await ctx.loaders.category.load(product.categoryId)) as Category | null) : null;
  }

  @FieldResolver(() => Brand, { nullable: true })
  async brand(@Root() product: Product, @Ctx() ctx: Context): Promise<Brand | null> {
    return product.brandId ? ctx.loaders.brand.load(product.brandId) : null;
  }

  @FieldResolver(() => [ProductImage])
  async images(@Root() product: Product, @Ctx() ctx: Context): Promise<ProductImage[]> {
    return ctx.loaders.imagesByProduct.load(product.id);
  }

  @FieldResolver(() => [Variant])
  async variants(@Root() product: Product, @Ctx() ctx: Context): Promise<Variant[]> {
    const variants = (await ctx.loaders.variantsByProduct.load(product.id)) as Variant[];
    return seesAllStatuses(ctx.viewer) ? variants : variants.filter((v) => v.status === "ACTIVE");
  }

  @Mutation(() => Product, { description: "Creates a product with its variants and barcodes (catalog:write)." })
  async createProduct(@Arg("input", () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: Context): Promise<Product> {
    const { staff } = authz.require(ctx.viewer, "catalog:write");
    return (await ctx.services.catalogWrites.createProduct(staff, input, ctx.audit)) as Product;
  }

  @Mutation(() => Product, { description: "Changes a product's details (catalog:write)." })
  async updateProduct(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateProductInput) input: UpdateProductInput,
    @Ctx() ctx: Context,
  ): Promise<Product> {
    const { staff } = authz.require(ctx.viewer, "catalog:write");
    return (await ctx.services.catalogWrites.updateProduct(staff, id, input, ctx.audit)) as Product;
  }

  @Mutation(() => Product, {
    description:
      "Sets a product's images as one ordered list: attach uploads (POST /media), change alt texts, reorder, remove (catalog:write).",
  })
  async setProductImages(@Args(() => SetProductImagesArgs) args: SetProductImagesArgs, @Ctx() ctx: Context): Promise<Product> {
    const { staff } = authz.require(ctx.viewer, "catalog:write");
    return (await ctx.services.productImages.setProductImages(staff, args, ctx.audit)) as Product;
  }

  @Mutation(() => Product, { description: "Takes a product off sale (status ARCHIVED) (catalog:write)." })
  async archiveProduct(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Product> {
    const { staff } = authz.require(ctx.viewer, "catalog:write");
    return (await ctx.services.catalogWrites.archiveProduct(staff, id, ctx.audit)) as Product;
  }
}

@Resolver(() => Variant)
export class VariantResolver {
  @Query(() => Variant, { nullable: true, description: "A variant of any status (catalog:read)." })
  async variant(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Variant | null> {
    const { staff } = authz.require(ctx.viewer, "catalog:read");
    return (await ctx.services.catalog.variant(staff.merchantId, id)) as Variant | null;
  }

  @Query(() => Variant, { nullable: true, description: "The variant carrying a scanned barcode, or null (catalog:read)." })
  async variantByBarcode(@Args(() => BarcodeArgs) args: BarcodeArgs, @Ctx() ctx: Context): Promise<Variant | null> {
    const { staff } = authz.require(ctx.viewer, "catalog:read");
    return (await ctx.services.catalog.variantByBarcode(staff.merchantId, args.code)) as Variant | null;
  }

  @FieldResolver(() => Int, { nullable: true })
  costPrice(@Root() variant: Variant, @Ctx() ctx: Context): number | null {
    return seesCostPrice(ctx.viewer) ? variant.costPrice : null;
  }

  @FieldResolver(() => [Barcode])
  async barcodes(@Root() variant: Variant, @Ctx() ctx: Context): Promise<Barcode[]> {
    return ctx.loaders.barcodesByVariant.load(variant.id);
  }

  @FieldResolver(() => Product)
  async product(@Root() variant: Variant, @Ctx() ctx: Context): Promise<Product> {
    return (await ctx.loaders.product.load(variant.productId)) as Product;
  }
}

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: "Every category as a flat list in sort order. Public: shoppers see active ones." })
  async categories(@Ctx() ctx: Context): Promise<Category[]> {
    const audience = await ctx.services.catalog.audienceOf(ctx.viewer);
    return (await ctx.services.catalog.categories(audience)) as Category[];
  }

  @FieldResolver(() => Category, { nullable: true })
  async parent(@Root() category: Category, @Ctx() ctx: Context): Promise<Category | null> {
    return category.parentId ? ((await ctx.loaders.category.load(category.parentId)) as Category | null) : null;
  }

  @FieldResolver(() => [Category])
  async children(@Root() category: Category, @Ctx() ctx: Context): Promise<Category[]> {
    const children = (await ctx.loaders.categoriesByParent.load(category.id)) as Category[];
    return seesAllStatuses(ctx.viewer) ? children : children.filter((c) => c.active);
  }

  @Mutation(() => Category, { description: "Adds a category, at the top or under a parent (catalog:write)." })
  async createCategory(@Arg("input", () => CreateCategoryInput) input: CreateCategoryInput, @Ctx() ctx: Context): Promise<Category> {
    const { staff } = authz.require(ctx.viewer, "catalog:write");
    return (await ctx.services.catalogWrites.createCategory(staff, input, ctx.audit)) as Category;
  }
}

@Resolver(() => Brand)
export class BrandResolver {
  @Query(() => [Brand], { description: "Every brand, by name. Public." })
  async brands(@Ctx() ctx: Context): Promise<Brand[]> {
    const audience = await ctx.services.catalog.audienceOf(ctx.viewer);
    return ctx.services.catalog.brands(audience);
  }

  @Mutation(() => Brand, { description: "Adds a brand (catalog:write)." })
  async createBrand(@Arg("input", () => CreateBrandInput) input: CreateBrandInput, @Ctx() ctx: Context): Promise<Brand> {
    const { staff } = authz.require(ctx.viewer, "catalog:write");
    return ctx.services.catalogWrites.createBrand(staff, input, ctx.audit);
  }
}
