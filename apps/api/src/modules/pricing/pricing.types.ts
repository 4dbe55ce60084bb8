import { IsDate, IsIn, IsInt, IsOptional, Length, Max, Min } from "class-validator";
import { ArgsType, createUnionType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ChannelType, PriceChangeStatus, PriceScope } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { MAX_PRICE } from "../../graphql/input-limits.ts";
import { SalesChannel, Store } from "../stores/stores.types.ts";

registerEnumType(PriceScope, {
  name: "PriceScope",
  description: "Where a price applies: BASE everywhere, a CHANNEL, a STORE, one STORE_CHANNEL, or a member TIER.",
});
registerEnumType(PriceChangeStatus, { name: "PriceChangeStatus", description: "SCHEDULED (future), APPLIED (history) or CANCELLED." });

@ObjectType({ description: "One price change: the price history (APPLIED) and scheduled changes (SCHEDULED)." })
export class PriceChange {
  @Field(() => ID) id!: string;
  @Field(() => ID) variantId!: string;
  @Field(() => PriceScope) scope!: PriceScope;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => ID, { nullable: true }) channelId!: string | null;
  @Field(() => ID, { nullable: true }) tierId!: string | null;
  @Field(() => Int, { nullable: true, description: "分; the price in this scope just before the change was applied." }) oldPrice!:
    | number
    | null;
  @Field(() => Int, { description: "分" }) newPrice!: number;
  @Field(() => DateTime) effectiveAt!: Date;
  @Field(() => DateTime, { nullable: true }) appliedAt!: Date | null;
  @Field(() => PriceChangeStatus) status!: PriceChangeStatus;
  @Field(() => ID, { nullable: true, description: "The staff member who made or scheduled the change." }) actorId!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => Store, { nullable: true }) store?: Store | null;
  @Field(() => SalesChannel, { nullable: true }) channel?: SalesChannel | null;
  @Field(() => String, { nullable: true, description: "Name of the member tier of a TIER change." }) tierName?: string | null;
}

@ObjectType()
export class PriceChangeConnection extends ConnectionType(PriceChange) {}

@ObjectType({ description: "A price of a variant in one channel, one store, or one store in one channel, optionally for a time window." })
export class PriceOverride {
  @Field(() => ID) id!: string;
  @Field(() => ID) variantId!: string;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => ID, { nullable: true }) channelId!: string | null;
  @Field(() => Int, { description: "分" }) price!: number;
  @Field(() => DateTime, { nullable: true }) startsAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) endsAt!: Date | null;
  @Field(() => DateTime) updatedAt!: Date;
  @Field(() => PriceScope) scope?: PriceScope;
  @Field(() => Store, { nullable: true }) store?: Store | null;
  @Field(() => SalesChannel, { nullable: true }) channel?: SalesChannel | null;
}

@ObjectType({ description: "The price members of a tier pay for a variant (when lower than the list price)." })
export class TierPrice {
  @Field(() => ID) id!: string;
  @Field(() => ID) variantId!: string;
  @Field(() => ID) tierId!: string;
  @Field(() => Int, { description: "分" }) price!: number;
  @Field(() => String, { nullable: true }) tierName?: string | null;
}

@ObjectType({ description: "What a member of one tier pays in a store and channel." })
export class TierCellPrice {
  @Field(() => ID) tierId!: string;
  @Field(() => String) tierName!: string;
  @Field(() => Int) price!: number;
  @Field(() => PriceScope) source!: PriceScope;
}

@ObjectType({ description: "The effective unit price of a variant in one store and channel." })
export class VariantPriceCell {
  @Field(() => Store) store!: Store;
  @Field(() => SalesChannel) channel!: SalesChannel;
  @Field(() => Int, { description: "What a non-member pays, 分." }) price!: number;
  @Field(() => PriceScope, { description: "Which price won: BASE or the most specific override." }) source!: PriceScope;
  @Field(() => [TierCellPrice]) tierPrices!: TierCellPrice[];
}

@ObjectType({
  description: "A SKU's prices everywhere: base, overrides, tier prices, the resulting price per store × channel, and what is scheduled.",
})
export class VariantPrices {
  @Field(() => ID) variantId!: string;
  @Field(() => Int) basePrice!: number;
  @Field(() => DateTime, { description: "The instant the cells are computed for." }) at!: Date;
  @Field(() => [PriceOverride]) overrides!: PriceOverride[];
  @Field(() => [TierPrice]) tierPrices!: TierPrice[];
  @Field(() => [VariantPriceCell]) cells!: VariantPriceCell[];
  @Field(() => [PriceChange]) scheduledChanges!: PriceChange[];
}

@ObjectType({ description: "A committed price change, as the storefront and tills see it live." })
export class PriceChangeEvent {
  @Field(() => ID) variantId!: string;
  @Field(() => ID) productId!: string;
  @Field(() => PriceScope) scope!: PriceScope;
  @Field(() => ID, { nullable: true, description: "null: every store." }) storeId!: string | null;
  @Field(() => ID, { nullable: true, description: "null: every channel." }) channelId!: string | null;
  @Field(() => ChannelType, { nullable: true }) channel?: ChannelType | null;
  @Field(() => Int, { description: "The new price in this scope, 分." }) price!: number;
  @Field(() => DateTime) at!: Date;
}

@ObjectType({ implements: ErrorResult, description: "The price change is no longer scheduled (already applied or cancelled)." })
export class PriceChangeNotScheduledError extends ErrorResult {
  @Field(() => PriceChangeStatus) status!: PriceChangeStatus;
}

export const CancelPriceChangeResult = createUnionType({
  name: "CancelPriceChangeResult",
  description: "The cancelled change, or why it could not be cancelled.",
  types: () => [PriceChange, PriceChangeNotScheduledError] as const,
});

@ArgsType()
export class SetBasePriceArgs {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => Int, { description: "New base price in 分: applies in every store and channel without an override." })
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE)
  price!: number;
}

@ArgsType()
export class SetPriceOverrideArgs {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => ID, { nullable: true, description: "A store (price:write there); omit for every store." })
  @IsOptional()
  @Length(1, 64)
  storeId?: string | null;
  @Field(() => ChannelType, { nullable: true, description: "A channel; omit for every channel. Give a store, a channel or both." })
  @IsOptional()
  @IsIn(Object.values(ChannelType))
  channelType?: ChannelType | null;
  @Field(() => Int, { description: "分" }) @IsInt() @Min(0) @Max(MAX_PRICE) price!: number;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
}

@ArgsType()
export class TierPriceArgs {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => ID) @Length(1, 64) tierId!: string;
}

@ArgsType()
export class SetTierPriceArgs extends TierPriceArgs {
  @Field(() => Int, { description: "分" }) @IsInt() @Min(0) @Max(MAX_PRICE) price!: number;
}

@ArgsType()
export class SchedulePriceChangeArgs {
  @Field(() => ID) @Length(1, 64) variantId!: string;
  @Field(() => PriceScope) @IsIn(Object.values(PriceScope)) scope!: PriceScope;
  @Field(() => ID, { nullable: true, description: "STORE and STORE_CHANNEL." }) @IsOptional() @Length(1, 64) storeId?: string | null;
  @Field(() => ChannelType, { nullable: true, description: "CHANNEL and STORE_CHANNEL." })
  @IsOptional()
  @IsIn(Object.values(ChannelType))
  channelType?: ChannelType | null;
  @Field(() => ID, { nullable: true, description: "TIER." }) @IsOptional() @Length(1, 64) tierId?: string | null;
  @Field(() => Int, { description: "分" }) @IsInt() @Min(0) @Max(MAX_PRICE) newPrice!: number;
  @Field(() => DateTime, { description: "When the new price takes effect; must be in the future." }) @IsDate() effectiveAt!: Date;
}
