import { IsIn, IsInt, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ShiftStatus } from "../../generated/prisma/enums.ts";
import { DateTime } from "../../graphql/scalars.ts";

registerEnumType(ShiftStatus, { name: "ShiftStatus" });

@ObjectType({ description: "Money taken with one tender during a shift (分)." })
export class TenderTotal {
  @Field(() => String) tender!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) amount!: number;
}

@ObjectType({ description: "X report (live, mid-shift) or Z report (frozen at close) of a till shift. Amounts in 分." })
export class ShiftReport {
  @Field(() => Int) salesCount!: number;
  @Field(() => Int, { description: "Sum of order subtotals before discounts." }) grossSales!: number;
  @Field(() => Int) discounts!: number;
  @Field(() => Int, { description: "What the sales came to after discounts and cash rounding." }) netSales!: number;
  @Field(() => [TenderTotal]) byTender!: TenderTotal[];
  @Field(() => Int, { description: "Refunds paid out in cash at this store during the shift." }) cashRefunds!: number;
  @Field(() => Int) refundsCount!: number;
  @Field(() => Int) refundsTotal!: number;
  @Field(() => Int, { description: "Lines and whole sales voided at the till before payment." }) voidsCount!: number;
  @Field(() => Int, { description: "List value of what was voided, 分." }) voidsTotal!: number;
  @Field(() => Int) openingFloat!: number;
  @Field(() => Int, { description: "Opening float + cash taken − cash refunded: what the drawer should hold." }) expectedCash!: number;
  @Field(() => Int, { nullable: true }) countedCash!: number | null;
  @Field(() => Int, { nullable: true, description: "Counted − expected: positive over, negative short." }) overShort!: number | null;
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
}

@ObjectType({ description: "A cashier's shift on a register." })
export class Shift {
  @Field(() => ID) id!: string;
  @Field(() => ID) storeId!: string;
  @Field(() => ID) registerId!: string;
  @Field(() => ID) staffId!: string;
  @Field(() => ShiftStatus) status!: ShiftStatus;
  @Field(() => Int) openingFloat!: number;
  @Field(() => Int, { nullable: true }) countedCash!: number | null;
  @Field(() => Int, { nullable: true }) expectedCash!: number | null;
  @Field(() => Int, { nullable: true }) overShort!: number | null;
  @Field(() => DateTime) openedAt!: Date;
  @Field(() => DateTime, { nullable: true }) closedAt!: Date | null;
}

@InputType()
export class OpenShiftInput {
  @Field(() => ID) @Length(1, 64) registerId!: string;
  @Field(() => Int, { description: "Cash put in the drawer at the start, 分." }) @IsInt() @Min(0) @Max(10_000_000) openingFloat!: number;
}

@InputType()
export class CloseShiftInput {
  @Field(() => ID) @Length(1, 64) shiftId!: string;
  @Field(() => Int, { description: "Cash counted in the drawer at the end, 分." }) @IsInt() @Min(0) @Max(100_000_000) countedCash!: number;
}

@InputType({ description: "A line or a whole sale voided at the till before payment (kept for the Z report)." })
export class TillVoidInput {
  @Field(() => ID) @Length(1, 64) shiftId!: string;
  @Field(() => String, { description: "LINE or SALE." }) @IsIn(["LINE", "SALE"]) scope!: string;
  @Field(() => Int, { description: "Units voided." }) @IsInt() @Min(1) @Max(100_000) items!: number;
  @Field(() => Int, { description: "Their list value, 分." }) @IsInt() @Min(0) @Max(100_000_000) amount!: number;
}
