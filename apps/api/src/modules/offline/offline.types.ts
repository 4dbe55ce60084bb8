import { IsInt, IsOptional, Length, Max, Min, ArrayMaxSize, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, createUnionType } from "type-graphql";
import { DateTime, JSONObject } from "../../graphql/scalars.ts";
import { LanguageSettings, TillReceipt, TillTender } from "../settings/settings.types.ts";
import {
  ApprovalError,
  CouponError,
  OutOfStockError,
  PaymentError,
  PointsError,
  PosSaleInput,
  TenderError,
  UnknownItemError,
} from "../checkout/checkout.types.ts";

@InputType({ description: "A sale rung up while the till was offline, delivered when it is back. Idempotent by sale.clientSaleId." })
export class OfflineSaleInput {
  @Field(() => PosSaleInput) @ValidateNested() sale!: PosSaleInput;
  @Field(() => DateTime, { description: "When the shopper paid, by the till's clock: the sale is priced as of then." }) soldAt!: Date;
  @Field(() => Int, {
    description:
      "What the till charged after points and before cash rounding (the preview's amountDue), 分; -1 when it could not price the sale. A difference is a sync conflict.",
  })
  @IsInt()
  @Min(-1)
  @Max(100_000_000)
  expectedTotal!: number;
}

@ObjectType({ description: "An offline sale recorded (or found recorded by an earlier delivery)." })
export class OfflineSaleSynced {
  @Field(() => ID) orderId!: string;
  @Field(() => String) orderNumber!: string;
  @Field(() => Boolean, { description: "True when an earlier delivery of the same clientSaleId had recorded it." }) replayed!: boolean;
  @Field(() => Int) change!: number;
  @Field(() => [String], {
    description: "Conflicts logged for the manager: PRICE_CHANGED (recorded at the till's total), STOCK_SHORT (stock went below zero).",
  })
  conflicts!: string[];
}

export const SyncOfflineSaleResult = createUnionType({
  name: "SyncOfflineSaleResult",
  description: "The recorded sale, or why the server could not record it (then logged as a SYNC_CONFLICT exception for the manager).",
  types: () =>
    [OfflineSaleSynced, UnknownItemError, CouponError, TenderError, PointsError, ApprovalError, OutOfStockError, PaymentError] as const,
});

@InputType()
export class PosSnapshotArgs {
  @Field(() => ID) @Length(1, 64) storeId!: string;
  @Field(() => String, { nullable: true, description: "Rows after this id (the previous page's endCursor)." })
  @IsOptional()
  @Length(1, 64)
  after?: string | null;
  @Field(() => Int, { defaultValue: 5000, description: "1 to 10000." }) @IsInt() @Min(1) @Max(10_000) first!: number;
  @Field(() => DateTime, { nullable: true, description: "Only rows changed after this server time (a delta)." })
  @IsOptional()
  changedSince?: Date | null;
  @Field(() => [ID], { nullable: true, description: "Only these rows (live updates)." })
  @IsOptional()
  @ArrayMaxSize(500)
  ids?: string[] | null;
}

@ObjectType({ description: "One page of a till snapshot: compact rows, keyset-paged by id." })
export class PosSnapshotPage {
  @Field(() => [JSONObject], {
    description:
      "Variants: id, productId, sku, name, productName, sellable, basePrice, barcodes, categoryId, categoryName, categoryIcon, brandId, searchText, overrides, tierPrices, available (in this store when read), updatedAt. Members: id, phone, name, tierId, tierName, tierMultiplierBps, pointsBalance, storeCreditBalance, active, updatedAt.",
  })
  rows!: Record<string, unknown>[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => DateTime, { description: "Server time when the page was read: the next delta's changedSince." }) serverTime!: Date;
}

@ObjectType({ description: "What offline pricing needs besides the catalogue: settings, categories, active promotions." })
export class PosSnapshotReference {
  @Field(() => ID) storeId!: string;
  @Field(() => ID) posChannelId!: string;
  @Field(() => JSONObject, { description: "Parsed merchant settings (cash rounding, points earning and redemption)." })
  settings!: Record<string, unknown>;
  @Field(() => JSONObject, { description: "category id → itself and its ancestors." }) categoryPaths!: Record<string, string[]>;
  @Field(() => [JSONObject], { description: "Active promotions as stored (type, params, scope, dates, schedule, ...)." })
  promotions!: Record<string, unknown>[];
  @Field(() => TillReceipt, { description: "The receipt this store's tills print." }) receipt!: TillReceipt;
  @Field(() => [TillTender], { description: "Tenders the till offers (the server refuses the others)." }) tillTenders!: TillTender[];
  @Field(() => LanguageSettings, { description: "Languages the till offers and its default." }) languages!: LanguageSettings;
  @Field(() => DateTime) serverTime!: Date;
}
