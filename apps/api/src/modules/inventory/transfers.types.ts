import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { TransferStatus } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";

registerEnumType(TransferStatus, {
  name: "TransferStatus",
  description: "REQUESTED → SHIPPED (in transit, possibly partly received) → RECEIVED (closed), or CANCELLED before shipping.",
});

@ObjectType({ description: "One variant on a transfer." })
export class TransferLine {
  @Field(() => ID) id!: string;
  @Field(() => Variant) variant?: Variant;
  @Field(() => Int) requested!: number;
  @Field(() => Int) shipped!: number;
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: "Shipped and not yet received (0 once the transfer is closed)." }) inTransit!: number;
  @Field(() => Int, { description: "Shipped and never received, written off when the transfer was closed." }) lost!: number;
  variantId!: string;
}

@ObjectType({ description: "Stock moving between two locations: a shop and the online warehouse, or two shops." })
export class Transfer {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "TR + date + 6 digits, e.g. TR261124048213." }) number!: string;
  @Field(() => TransferStatus) status!: TransferStatus;
  @Field(() => Store, { description: "Where the stock comes from." }) from?: Store;
  @Field(() => Store, { description: "Where the stock goes." }) to?: Store;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [TransferLine]) lines!: TransferLine[];
  @Field(() => ID, { nullable: true }) requestedById!: string | null;
  @Field(() => ID, { nullable: true }) shippedById!: string | null;
  @Field(() => ID, { nullable: true, description: "Who received last, or closed the transfer." }) receivedById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) shippedAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: "When the transfer was closed as received." }) receivedAt!: Date | null;
  @Field(() => DateTime) updatedAt!: Date;
  fromLocationId!: string;
  toLocationId!: string;
}

@ObjectType()
export class TransferConnection extends ConnectionType(Transfer) {}

@InputType()
export class TransferLineInput {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => Int, { description: "1 to 100000 units." }) @IsInt() @Min(1) @Max(100_000) quantity!: number;
}

@InputType({ description: "A store asking the warehouse (or another store) for stock, or a location pushing stock out." })
export class RequestTransferInput {
  @Field(() => ID) @Length(1, 64) fromLocationId!: string;
  @Field(() => ID) @Length(1, 64) toLocationId!: string;
  @Field(() => [TransferLineInput], { description: "1 to 500 lines; a variant on several lines is requested once with their sum." })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines!: TransferLineInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@InputType({ description: "What leaves the source. Lines left out ship nothing; a transfer ships once." })
export class ShipTransferInput {
  @Field(() => ID) @Length(1, 64) transferId!: string;
  @Field(() => [TransferLineInput]) @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) lines!: TransferLineInput[];
}

@InputType({ description: "What arrived at the destination. May be called again while units are still in transit." })
export class ReceiveTransferInput {
  @Field(() => ID) @Length(1, 64) transferId!: string;
  @Field(() => [TransferLineInput]) @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) lines!: TransferLineInput[];
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Close the transfer after this receipt, writing off what is still in transit as lost. It closes anyway once nothing is left in transit.",
  })
  close!: boolean;
}

@InputType()
export class TransferFilter {
  @Field(() => ID, { nullable: true, description: "Transfers from or to this location." }) @IsOptional() @Length(1, 64) locationId?:
    | string
    | null;
  @Field(() => TransferStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(TransferStatus)) status?: TransferStatus | null;
}

@ObjectType({ implements: ErrorResult, description: "The transfer is not in a state that allows this, or a quantity is out of bounds." })
export class TransferError extends ErrorResult {
  @Field(() => TransferStatus, { nullable: true, description: "The transfer's status when it was refused." })
  transferStatus!: TransferStatus | null;
  @Field(() => ID, { nullable: true, description: "The line's variant, for quantity errors." }) variantId!: string | null;
}

@ObjectType({ description: "A variant the source cannot ship as much of as asked." })
export class StockShortage {
  @Field(() => ID) variantId!: string;
  @Field(() => Variant) variant?: Variant;
  @Field(() => Int, { description: "Available to ship now (on hand minus reserved for online orders)." }) available!: number;
  @Field(() => Int) requested!: number;
}

@ObjectType({ implements: ErrorResult, description: "The source has less available than asked for; nothing was shipped." })
export class TransferStockError extends ErrorResult {
  @Field(() => [StockShortage]) shortages!: StockShortage[];
}

export const ShipTransferResult = createUnionType({
  name: "ShipTransferResult",
  types: () => [Transfer, TransferError, TransferStockError] as const,
});

export const TransferResult = createUnionType({
  name: "TransferResult",
  types: () => [Transfer, TransferError] as const,
});
