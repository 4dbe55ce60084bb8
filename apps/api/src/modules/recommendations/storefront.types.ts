import { IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { MAX_PRICE } from "../../graphql/input-limits.ts";
import { Product } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";

@ObjectType({ description: "Units a shopper can buy of one variant at one location (on hand minus reserved)." })
export class VariantAvailability {
  @Field(() => ID) variantId!: string;
  @Field(() => Int) available!: number;
}

@ObjectType({ description: "One location's stock of a product: a shop for pickup, or the online warehouse for delivery." })
export class LocationAvailability {
  @Field(() => Store) store!: Store;
  @Field(() => Boolean, { description: "A shop that offers store pickup (false for the warehouse)." }) pickup!: boolean;
  @Field(() => [VariantAvailability]) variants!: VariantAvailability[];
  @Field(() => Int, { description: "Sum over the variants." }) totalAvailable!: number;
}

@ObjectType({ description: "What a variant costs the viewer online, and what members pay." })
export class VariantOffer {
  @Field(() => ID) variantId!: string;
  @Field(() => Int, { description: "Catalogue base price (分)." }) listPrice!: number;
  @Field(() => Int, { description: "Unit price for the viewer at the location before promotions: a member's tier price applies." })
  price!: number;
  @Field(() => Int, { nullable: true, description: "The lowest tier price members can get, when below the list price (分)." })
  memberPrice!: number | null;
  @Field(() => String, { nullable: true, description: "The tier whose price memberPrice is." }) memberTierName!: string | null;
}

@ObjectType({ description: "A live promotion that covers this product online, e.g. 满200减20." })
export class OfferPromotion {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "PERCENT_OFF, AMOUNT_OFF, SPEND_SAVE, BUY_X_GET_Y, NTH_ITEM_DISCOUNT or BUNDLE_PRICE." })
  type!: string;
  @Field(() => Boolean) memberOnly!: boolean;
}

@ObjectType({ description: "A product's prices and promotions for the viewer, online at a location." })
export class ProductOffer {
  @Field(() => ID) productId!: string;
  @Field(() => ID, { description: "The pickup store, or the online warehouse." }) locationId!: string;
  @Field(() => [VariantOffer]) variants!: VariantOffer[];
  @Field(() => [OfferPromotion]) promotions!: OfferPromotion[];
}

@ArgsType()
export class ProductOfferArgs {
  @Field(() => ID) @Length(1, 64) productId!: string;
  @Field(() => ID, { nullable: true, description: "A pickup store; default the online warehouse." })
  @IsOptional()
  @Length(1, 64)
  storeId?: string | null;
}

@ArgsType()
export class RecommendedProductsArgs {
  @Field(() => ID) @Length(1, 64) productId!: string;
  @Field(() => Int, { defaultValue: 8, description: "1 to 24." }) @IsInt() @Min(1) @Max(24) first: number = 8;
}

export enum ShopSearchSort {
  RELEVANCE = "RELEVANCE",
  NEWEST = "NEWEST",
  PRICE_ASC = "PRICE_ASC",
  PRICE_DESC = "PRICE_DESC",
}
registerEnumType(ShopSearchSort, { name: "ShopSearchSort", description: "Order of shopper search results." });

@InputType({ description: "A shopper's product search: text (Chinese, pinyin, SKU; small typos tolerated) and filters." })
export class ShopSearchInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64) text?: string | null;
  @Field(() => ID, { nullable: true, description: "This category or any below it." }) @IsOptional() @Length(1, 64) categoryId?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'A variant has this size (option "尺码").' }) @IsOptional() @MaxLength(30) size?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'A variant has this colour (option "颜色").' }) @IsOptional() @MaxLength(30) colour?:
    | string
    | null;
  @Field(() => Int, { nullable: true, description: "Lowest variant price at least this (分)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE)
  minPrice?: number | null;
  @Field(() => Int, { nullable: true, description: "Lowest variant price at most this (分)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE)
  maxPrice?: number | null;
  @Field(() => ID, { nullable: true, description: "Only products with a matching variant available at this store." })
  @IsOptional()
  @Length(1, 64)
  inStockAt?: string | null;
  @Field(() => ShopSearchSort, { defaultValue: ShopSearchSort.RELEVANCE }) @IsEnum(ShopSearchSort) sort: ShopSearchSort =
    ShopSearchSort.RELEVANCE;
  @Field(() => Int, { defaultValue: 24, description: "1 to 60." }) @IsInt() @Min(1) @Max(60) first: number = 24;
  @Field(() => Int, { defaultValue: 0, description: "Results to skip, 0 to 2400." }) @IsInt() @Min(0) @Max(2400) offset: number = 0;
}

@ObjectType({ description: "Values shoppers can filter by." })
export class SearchFacets {
  @Field(() => [String]) sizes!: string[];
  @Field(() => [String]) colours!: string[];
}

@ObjectType({ description: "One page of shopper search results." })
export class ShopSearchResult {
  @Field(() => [Product]) products!: Product[];
  @Field(() => Int) totalCount!: number;
  @Field(() => Boolean) hasMore!: boolean;
  @Field(() => Boolean, { description: "Nothing matched the text exactly: these are close matches (a typo was tolerated)." })
  fuzzy!: boolean;
  @Field(() => String, { nullable: true, description: 'What the text was read as, e.g. "kafei" for "kafie".' })
  correctedText!: string | null;
  @Field(() => SearchFacets) facets!: SearchFacets;
}
