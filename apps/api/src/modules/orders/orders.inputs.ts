import { IsBoolean, IsDate, IsIn, IsOptional, Length, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ChannelType, OrderStatus, OrderType } from "../../generated/prisma/enums.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { SortDirection } from "../../graphql/sorting.ts";

export enum OrderSortField {
  PLACED_AT = "PLACED_AT",
  TOTAL = "TOTAL",
}
registerEnumType(OrderSortField, { name: "OrderSortField" });

@InputType()
export class OrderFilter {
  @Field(() => ID, { nullable: true, description: "One store (it must be one of the viewer's)." }) @IsOptional() @Length(1, 64) storeId?:
    | string
    | null;
  @Field(() => ChannelType, { nullable: true }) @IsOptional() @IsIn(Object.values(ChannelType)) channelType?: ChannelType | null;
  @Field(() => OrderStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(OrderStatus)) status?: OrderStatus | null;
  @Field(() => OrderType, { nullable: true }) @IsOptional() @IsIn(Object.values(OrderType)) type?: OrderType | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) memberId?: string | null;
  @Field(() => DateTime, { nullable: true, description: "Placed at or after." }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Placed before." }) @IsOptional() @IsDate() to?: Date | null;
  @Field(() => String, { nullable: true, description: "Part of the order number, or digits of the member's mobile number." })
  @IsOptional()
  @MaxLength(40)
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Include training-mode sales (default: no)." })
  @IsOptional()
  @IsBoolean()
  includeTraining?: boolean | null;
}

@InputType()
export class OrderSort {
  @Field(() => OrderSortField) @IsIn(Object.values(OrderSortField)) field!: OrderSortField;
  @Field(() => SortDirection) @IsIn(Object.values(SortDirection)) direction!: SortDirection;
}

@ArgsType()
export class OrderByNumberArgs {
  @Field(() => String, { description: "The receipt's order number, e.g. SO2024121200001." }) @Length(1, 40) number!: string;
}
