import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ProductStatus } from "../../generated/prisma/enums.ts";
import { JSONObject } from "../../graphql/scalars.ts";
import { MAX_PRICE } from "../../graphql/input-limits.ts";
import { SortDirection } from "../../graphql/sorting.ts";
import { IsStringMap } from "../../graphql/string-map.validator.ts";

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export enum ProductSortField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(ProductSortField, { name: "ProductSortField" });

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: "Part of the name, pinyin/search words or SKU, or a whole barcode." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "This category or any of its descendants." })
  @IsOptional()
  @Length(1, 64)
  categoryId?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) brandId?: string | null;

  @Field(() => ProductStatus, { nullable: true, description: "Staff with catalog:read only; shoppers always see ACTIVE." })
  @IsOptional()
  @IsIn(Object.values(ProductStatus))
  status?: ProductStatus | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32) tag?: string | null;
}

@InputType()
export class ProductSort {
  @Field(() => ProductSortField) @IsIn(Object.values(ProductSortField)) field!: ProductSortField;
  @Field(() => SortDirection) @IsIn(Object.values(SortDirection)) direction!: SortDirection;
}

@ArgsType()
export class BarcodeArgs {
  @Field(() => String, { description: "The scanned code; whitespace, scanner suffixes and full-width digits are ignored." })
  @Length(1, 64)
  code!: string;
}

@InputType()
export class ProductOptionInput {
  @Field(() => String) @Length(1, 32) name!: string;
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(50) @Length(1, 32, { each: true }) values!: string[];
}

@InputType()
export class CreateVariantInput {
  @Field(() => String, { description: "Unique within the merchant: letters, digits, . _ -" })
  @Length(1, 64)
  @Matches(SKU, { message: "sku may contain only letters, digits, '.', '_' and '-'" })
  sku!: string;

  @Field(() => String) @Length(1, 120) name!: string;

  @Field(() => JSONObject, { nullable: true, description: 'One value per option axis, e.g. { "颜色": "红" }.' })
  @IsOptional()
  @IsStringMap({ maxKeys: 5, maxLength: 32 })
  optionValues?: Record<string, string> | null;

  @Field(() => Int, { description: "分." }) @IsInt() @Min(0) @Max(MAX_PRICE) basePrice!: number;
  @Field(() => Int, { nullable: true, description: "分." }) @IsOptional() @IsInt() @Min(0) @Max(MAX_PRICE) costPrice?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) weightGrams?: number | null;

  @Field(() => [String], { nullable: true, description: "EAN-13, UPC-A or EAN-8 codes with valid check digits; the first is primary." })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(32, { each: true })
  barcodes?: string[] | null;
}

/** The product details both creating and changing take; every one optional. */
@InputType()
abstract class ProductDetailsInput {
  @Field(() => JSONObject, { nullable: true })
  @IsOptional()
  @IsStringMap({ maxKeys: 10, maxLength: 120 })
  nameI18n?: Record<string, string> | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000) description?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) brandId?: string | null;

  @Field(() => ProductStatus, { nullable: true, description: "Creating: default DRAFT." })
  @IsOptional()
  @IsIn(Object.values(ProductStatus))
  status?: ProductStatus | null;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @Length(1, 32, { each: true }) tags?: string[] | null;

  @Field(() => [ProductOptionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  options?: ProductOptionInput[] | null;
}

@InputType()
export class CreateProductInput extends ProductDetailsInput {
  @Field(() => String) @Length(1, 120) name!: string;

  @Field(() => [CreateVariantInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  variants!: CreateVariantInput[];
}

@InputType({
  description: "Fields left out (or null, for name/status/tags/options) stay as they are; null clears description, category, brand.",
})
export class UpdateProductInput extends ProductDetailsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 120) name?: string | null;
}

@InputType()
export class CreateCategoryInput {
  @Field(() => String) @Length(1, 64) name!: string;
  @Field(() => ID, { nullable: true, description: "Omit for a top-level category." }) @IsOptional() @Length(1, 64) parentId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) icon?: string | null;
  @Field(() => JSONObject, { nullable: true }) @IsOptional() @IsStringMap({ maxKeys: 10, maxLength: 64 }) nameI18n?: Record<
    string,
    string
  > | null;
  @Field(() => Int, { nullable: true, description: "Default: after its last sibling." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number | null;
}

@InputType()
export class CreateBrandInput {
  @Field(() => String) @Length(1, 64) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) logoUrl?: string | null;
}
