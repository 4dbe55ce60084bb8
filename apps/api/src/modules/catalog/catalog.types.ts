import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { BarcodeType, ProductStatus } from "../../generated/prisma/enums.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime, JSONObject } from "../../graphql/scalars.ts";

registerEnumType(ProductStatus, {
  name: "ProductStatus",
  description: "DRAFT (being prepared, staff only), ACTIVE (on sale, public) or ARCHIVED (no longer sold, staff only).",
});
registerEnumType(BarcodeType, { name: "BarcodeType", description: "Symbology of a barcode: EAN13, EAN8, UPCA, CODE128 or INTERNAL." });

@ObjectType({ description: "A node of the merchant's category tree." })
export class Category {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => JSONObject, { description: 'Translations of the name: { "en": "...", "zh-TW": "..." }.' }) nameI18n!: object;
  @Field(() => String, { nullable: true }) icon!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Boolean, { description: "Inactive categories are shown to staff only." }) active!: boolean;
  @Field(() => Category, { nullable: true }) parent?: Category | null;
  @Field(() => [Category], { description: "Direct children, in sort order." }) children?: Category[];
  merchantId!: string;
  parentId!: string | null;
}

@ObjectType()
export class Brand {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  merchantId!: string;
}

@ObjectType({ description: 'One option axis of a product, e.g. { name: "颜色", values: ["红", "蓝"] }.' })
export class ProductOption {
  @Field(() => String) name!: string;
  @Field(() => [String]) values!: string[];
}

@ObjectType()
export class ProductImage {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) alt!: string | null;
  @Field(() => Int) sortOrder!: number;
}

@ObjectType()
export class Barcode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Digits only; UPC-A codes are kept in their EAN-13 form (leading 0)." }) code!: string;
  @Field(() => BarcodeType) type!: BarcodeType;
  @Field(() => Boolean) isPrimary!: boolean;
}

// Product comes before Variant: decorator metadata of `Variant.product` reads the class when Variant is defined.
@ObjectType()
export class Product {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => JSONObject) nameI18n!: object;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ProductStatus) status!: ProductStatus;
  @Field(() => [String]) tags!: string[];
  /** JSON as stored; the `options` field resolver reads it as ProductOption[]. */
  options!: unknown;
  @Field(() => Category, { nullable: true }) category?: Category | null;
  @Field(() => Brand, { nullable: true }) brand?: Brand | null;
  @Field(() => [ProductImage]) images?: ProductImage[];
  @Field(() => [Variant], { description: "Shoppers see ACTIVE variants only." }) variants?: Variant[];
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
  merchantId!: string;
  categoryId!: string | null;
  brandId!: string | null;
}

@ObjectType({ description: "A sellable unit (SKU) of a product." })
export class Variant {
  @Field(() => ID) id!: string;
  @Field(() => String) sku!: string;
  @Field(() => String) name!: string;
  @Field(() => JSONObject, { description: 'Chosen option values, e.g. { "颜色": "红", "尺码": "M" }.' }) optionValues!: object;
  @Field(() => Int, { description: "List price in 分." }) basePrice!: number;
  @Field(() => Int, { nullable: true, description: "Cost in 分; null unless the viewer holds catalog:write." }) costPrice!: number | null;
  @Field(() => Int, { nullable: true }) weightGrams!: number | null;
  @Field(() => ProductStatus) status!: ProductStatus;
  @Field(() => [Barcode]) barcodes?: Barcode[];
  @Field(() => Product) product?: Product;
  merchantId!: string;
  productId!: string;
}

@ObjectType()
export class ProductConnection extends ConnectionType(Product) {}
