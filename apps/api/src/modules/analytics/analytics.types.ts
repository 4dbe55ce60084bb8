import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTime } from "../../graphql/scalars.ts";

export const SalesRangeGql = { TODAY: "TODAY", LAST_7_DAYS: "LAST_7_DAYS", LAST_30_DAYS: "LAST_30_DAYS" } as const;
registerEnumType(SalesRangeGql, { name: "SalesRange", description: "A reporting period in the merchant's local time." });

@ObjectType({ description: "Sales of one store, channel or category in the period." })
export class SalesBucket {
  @Field(() => String, { description: "Store id, channel type (POS, ONLINE, ...) or category id; NONE when missing." }) key!: string;
  @Field(() => String, { description: "Store or category name; the channel type for channels." }) label!: string;
  @Field(() => Int, { description: "分" }) sales!: number;
  @Field(() => Int) orders!: number;
}

@ObjectType({ description: "Sales of one hour (today) or one day, in local time." })
export class SalesPoint {
  @Field(() => String, { description: 'Local "YYYY-MM-DDTHH" for hours, "YYYY-MM-DD" for days.' }) label!: string;
  @Field(() => Int, { description: "分" }) sales!: number;
  @Field(() => Int) orders!: number;
}

@ObjectType({ description: "A best-selling product of the period." })
export class TopProduct {
  @Field(() => ID) productId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: "分, after discounts." }) sales!: number;
}

@ObjectType({ description: "Who bought in the period: members buying for the first time, returning members, guests." })
export class MemberMix {
  @Field(() => Int, { description: "Members whose first order falls in the period." }) newMembers!: number;
  @Field(() => Int, { description: "Members who had ordered before the period." }) returningMembers!: number;
  @Field(() => Int, { description: "Orders without a member." }) guestOrders!: number;
}

@ObjectType({ description: "The dashboard's figures for one period (report:read; store-scoped viewers see their stores)." })
export class SalesSummary {
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
  @Field(() => Int, { description: "Paid order totals in 分 (cancelled, unpaid and training orders left out)." }) sales!: number;
  @Field(() => Int, { description: "Refunded so far on those orders, 分." }) refunded!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Int, { description: "sales / orders, 分, rounded." }) averageBasket!: number;
  @Field(() => [SalesBucket]) byStore!: SalesBucket[];
  @Field(() => [SalesBucket]) byChannel!: SalesBucket[];
  @Field(() => [SalesPoint], { description: "Every hour of today or every day of the period, zeros included." }) overTime!: SalesPoint[];
  @Field(() => [TopProduct]) topProducts!: TopProduct[];
  @Field(() => [SalesBucket], { description: "Sales by top-level category." }) categoryMix!: SalesBucket[];
  @Field(() => MemberMix) members!: MemberMix;
}

@ObjectType({ description: "An order changed (a sale, a payment, a refund): dashboards refresh their figures." })
export class SalesTick {
  @Field(() => ID) orderId!: string;
  @Field(() => String) number!: string;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => String) status!: string;
  @Field(() => Int, { description: "分" }) total!: number;
  @Field(() => DateTime) at!: Date;
}
