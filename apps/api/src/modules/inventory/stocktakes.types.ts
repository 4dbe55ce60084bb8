import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { StocktakeStatus } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";

registerEnumType(StocktakeStatus, { name: "StocktakeStatus", description: "OPEN (counting), COMPLETED (on hand adjusted) or CANCELLED." });

/** Most variants one stocktake may name explicitly. */
export const MAX_STOCKTAKE_VARIANTS = 5000;

@ObjectType({ description: "One variant of a stocktake." })
export class StocktakeLine {
  @Field(() => ID) id!: string;
  @Field(() => Variant) variant?: Variant;
  @Field(() => Int, { description: "On hand on the books: when the stocktake started, refreshed each time the line is counted." })
  expected!: number;
  @Field(() => Int, { nullable: true, description: "Units counted; null until someone counts the line." }) counted!: number | null;
  @Field(() => Int, { nullable: true, description: "counted − expected (negative is shrinkage); null until counted." }) variance?:
    | number
    | null;
  variantId!: string;
}

@ObjectType()
export class StocktakeLineConnection extends ConnectionType(StocktakeLine) {}

@ObjectType({ description: "A stock count (盘点) of some or all variants in one location." })
export class Stocktake {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "ST + date + 6 digits." }) number!: string;
  @Field(() => StocktakeStatus) status!: StocktakeStatus;
  @Field(() => Store) location?: Store;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) completedAt!: Date | null;
  @Field(() => Int, { description: "Variants on the stocktake." }) lineCount!: number;
  @Field(() => Int, { description: "Variants counted so far." }) countedCount!: number;
  @Field(() => StocktakeLineConnection, { description: "The lines by SKU." }) lines?: StocktakeLineConnection;
  locationId!: string;
}

@ObjectType()
export class StocktakeConnection extends ConnectionType(Stocktake) {}

@InputType({
  description: "What to count: the given variants, a category (with its subcategories), or by default everything stocked there.",
})
export class StartStocktakeInput {
  @Field(() => ID) @Length(1, 64) locationId!: string;
  @Field(() => [ID], { nullable: true, description: `At most ${MAX_STOCKTAKE_VARIANTS} variants.` })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_STOCKTAKE_VARIANTS)
  @Length(1, 64, { each: true })
  variantIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Variants of this category and its subcategories with a stock level in the location." })
  @IsOptional()
  @Length(1, 64)
  categoryId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@InputType()
export class StocktakeCountInput {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => Int, { description: "Units on the shelf, 0 to 1000000." }) @IsInt() @Min(0) @Max(1_000_000) counted!: number;
}

@InputType({
  description: "Counts from one clerk. A later count of a variant replaces the earlier one; a variant not on the stocktake is added to it.",
})
export class RecordCountsInput {
  @Field(() => ID) @Length(1, 64) stocktakeId!: string;
  @Field(() => [StocktakeCountInput]) @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) counts!: StocktakeCountInput[];
}

@InputType()
export class StocktakeFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) locationId?: string | null;
  @Field(() => StocktakeStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(StocktakeStatus)) status?: StocktakeStatus | null;
}

@ObjectType({ description: "A counted line whose count differs from the books." })
export class StocktakeVarianceLine {
  @Field(() => ID) variantId!: string;
  @Field(() => Variant) variant?: Variant;
  @Field(() => Int) expected!: number;
  @Field(() => Int) counted!: number;
  @Field(() => Int, { description: "counted − expected." }) variance!: number;
  @Field(() => Int, { nullable: true, description: "Cost per unit in 分; null when unknown or hidden (needs catalog:write)." }) unitCost!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: "variance × unit cost in 分; null when unknown or hidden." }) varianceValue!:
    | number
    | null;
}

@ObjectType({ description: "What a stocktake found: counted lines that differ from the books (biggest loss first), and totals." })
export class StocktakeVarianceReport {
  @Field(() => Stocktake) stocktake!: Stocktake;
  @Field(() => [StocktakeVarianceLine]) lines!: StocktakeVarianceLine[];
  @Field(() => Int) linesCounted!: number;
  @Field(() => Int, { description: "Lines nobody counted: completing leaves their on hand as it is." }) linesUncounted!: number;
  @Field(() => Int) surplusQuantity!: number;
  @Field(() => Int) shortageQuantity!: number;
  @Field(() => Int) netQuantity!: number;
  @Field(() => Int, { nullable: true, description: "分 at cost; null when hidden (needs catalog:write)." }) surplusValue!: number | null;
  @Field(() => Int, { nullable: true }) shortageValue!: number | null;
  @Field(() => Int, { nullable: true }) netValue!: number | null;
  @Field(() => Int, { description: "Differing lines without a cost, left out of the values." }) linesWithoutCost!: number;
}

@ObjectType({ implements: ErrorResult, description: "The stocktake is not open, or overlaps another open one." })
export class StocktakeError extends ErrorResult {
  @Field(() => StocktakeStatus, { nullable: true, description: "The stocktake's status when it was refused." })
  stocktakeStatus!: StocktakeStatus | null;
  @Field(() => ID, { nullable: true, description: "STOCKTAKE_OVERLAP: the open stocktake that already counts some of these variants." })
  conflictingStocktakeId!: string | null;
}

export const StocktakeResult = createUnionType({
  name: "StocktakeResult",
  types: () => [Stocktake, StocktakeError] as const,
});
