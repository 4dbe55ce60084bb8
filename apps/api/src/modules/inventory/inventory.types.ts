import { IsDate, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, NotEquals } from "class-validator";
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { MovementReason } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { SortDirection } from "../../graphql/sorting.ts";
import { Store } from "../stores/stores.types.ts";

registerEnumType(MovementReason, { name: "MovementReason", description: "Why stock moved: a sale, a receipt, a transfer, a count, ..." });

/** The reasons a person may give for changing stock by hand; the other movements come from sales, transfers and counts. */
export enum StockAdjustmentReason {
  ADJUSTMENT = "ADJUSTMENT",
  DAMAGE = "DAMAGE",
  RECEIPT = "RECEIPT",
}
registerEnumType(StockAdjustmentReason, {
  name: "StockAdjustmentReason",
  description: "ADJUSTMENT (correction, either sign), DAMAGE (write-off, negative), RECEIPT (goods received, positive).",
});

export enum StockLevelSortField {
  UPDATED_AT = "UPDATED_AT",
  ON_HAND = "ON_HAND",
}
registerEnumType(StockLevelSortField, { name: "StockLevelSortField" });

@ObjectType({ description: "Stock of one variant in one location." })
export class StockLevel {
  @Field(() => ID) id!: string;
  @Field(() => Variant) variant?: Variant;
  @Field(() => Store) location?: Store;
  @Field(() => Int) onHand!: number;
  @Field(() => Int, { description: "Held for online orders awaiting payment or fulfilment." }) reserved!: number;
  @Field(() => Int, { description: "Available to sell: on hand minus reserved, never below zero." }) available?: number;
  @Field(() => Int, { description: "Shipped here by a transfer and not yet received." }) incoming!: number;
  @Field(() => Int, { nullable: true }) lowStockThreshold!: number | null;
  @Field(() => Boolean, { description: "Available is at or below the threshold (false without a threshold)." }) isLow?: boolean;
  @Field(() => DateTime) updatedAt!: Date;
  variantId!: string;
  locationId!: string;
}

@ObjectType({ description: "One entry of the stock ledger." })
export class StockMovement {
  @Field(() => ID) id!: string;
  @Field(() => Variant) variant?: Variant;
  @Field(() => Store) location?: Store;
  @Field(() => MovementReason) reason!: MovementReason;
  @Field(() => Int, { description: "Change to on hand." }) delta!: number;
  @Field(() => Int, { description: "Change to reserved." }) reservedDelta!: number;
  @Field(() => Int) onHandAfter!: number;
  @Field(() => String, { nullable: true }) referenceType!: string | null;
  @Field(() => String, { nullable: true }) referenceId!: string | null;
  @Field(() => ID, { nullable: true, description: "The staff user who moved it." }) actorId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  variantId!: string;
  locationId!: string;
}

@ObjectType()
export class StockLevelConnection extends ConnectionType(StockLevel) {}

@ObjectType()
export class StockMovementConnection extends ConnectionType(StockMovement) {}

@InputType()
export class StockLevelFilter {
  @Field(() => ID, { nullable: true, description: "Omit for every location where the viewer holds stock:read." })
  @IsOptional()
  @Length(1, 64)
  locationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) variantId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) productId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Only levels at or below their low-stock threshold." }) @IsOptional() lowOnly?:
    | boolean
    | null;
  @Field(() => String, { nullable: true, description: "Part of the SKU, variant or product name, or a whole barcode." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class StockLevelSort {
  @Field(() => StockLevelSortField) @IsIn(Object.values(StockLevelSortField)) field!: StockLevelSortField;
  @Field(() => SortDirection) @IsIn(Object.values(SortDirection)) direction!: SortDirection;
}

@InputType()
export class StockMovementFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) locationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) variantId?: string | null;
  @Field(() => MovementReason, { nullable: true }) @IsOptional() @IsIn(Object.values(MovementReason)) reason?: MovementReason | null;
  @Field(() => DateTime, { nullable: true, description: "From this instant (inclusive)." }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Before this instant (exclusive)." }) @IsOptional() @IsDate() to?: Date | null;
}

@InputType()
export class AdjustStockInput {
  @Field(() => ID) @Length(1, 64) locationId!: string;
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => Int, { description: "Units to add (positive) or take off (negative); not zero, at most 100000 either way." })
  @IsInt()
  @NotEquals(0)
  @Min(-100_000)
  @Max(100_000)
  delta!: number;
  @Field(() => StockAdjustmentReason) @IsIn(Object.values(StockAdjustmentReason)) reason!: StockAdjustmentReason;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@ObjectType({ implements: ErrorResult, description: "Taking this many units off would leave less than zero on hand; nothing changed." })
export class InsufficientStockError extends ErrorResult {
  @Field(() => Int, { description: "Units that can be taken off now (on hand in this location)." }) available!: number;
  @Field(() => Int, { description: "Units asked to take off." }) requested!: number;
}

export const AdjustStockResult = createUnionType({
  name: "AdjustStockResult",
  description: "The stock level after the adjustment, or why it was not made.",
  types: () => [StockLevel, InsufficientStockError] as const,
});

@ObjectType({ description: "A committed change to a stock level." })
export class StockChange {
  @Field(() => ID) variantId!: string;
  @Field(() => ID) locationId!: string;
  @Field(() => Int, { nullable: true, description: "Null unless the viewer holds stock:read in the location." }) onHand!: number | null;
  @Field(() => Int, { nullable: true, description: "Null unless the viewer holds stock:read in the location." }) reserved!: number | null;
  @Field(() => Int) available!: number;
  @Field(() => MovementReason) reason!: MovementReason;
  @Field(() => DateTime) at!: Date;
}

@ObjectType({ description: "A stock level fell to or below its threshold." })
export class LowStockAlert {
  @Field(() => ID) variantId!: string;
  @Field(() => ID) locationId!: string;
  @Field(() => Int) available!: number;
  @Field(() => Int) threshold!: number;
  @Field(() => DateTime) at!: Date;
  @Field(() => Variant, { nullable: true }) variant?: Variant | null;
}
