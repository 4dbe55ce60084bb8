import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { CartPreview } from "../marketing/promotion-preview.types.ts";
import { SaleLineInput } from "./checkout.types.ts";

@InputType({ description: "A till cart to price before it is paid: the same inputs as createPosSale, without tenders." })
export class PosSalePreviewInput {
  @Field(() => ID) @Length(1, 64) storeId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) memberId?: string | null;
  @Field(() => [SaleLineInput]) @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) lines!: SaleLineInput[];
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(10) @MaxLength(40, { each: true }) couponCodes!: string[];
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100_000_000) pointsToRedeem!: number;
}

@ObjectType({ description: "A manual discount or price override the engine refused (e.g. below zero)." })
export class ManualDiscountProblem {
  @Field(() => String) lineId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "The server's pricing of a till cart: what createPosSale would charge, nothing written." })
export class PosSalePreview {
  @Field(() => CartPreview) cart!: CartPreview;
  @Field(() => String, { description: "Cash rounding (抹零) on the cash part: NONE, JIAO or YUAN." }) cashRounding!: string;
  @Field(() => [ManualDiscountProblem]) manualProblems!: ManualDiscountProblem[];
  @Field(() => Int, { description: "Points the member could redeem on this cart (0 without a member)." }) maxRedeemablePoints!: number;
  @Field(() => Int, { description: "Points pointsToRedeem would actually use." }) pointsUsed!: number;
  @Field(() => Int, { description: "What those points pay, 分." }) pointsValue!: number;
  @Field(() => String, { nullable: true, description: "Why pointsToRedeem cannot be used (POINTS_EXCEED_LIMIT, ...)." })
  pointsError!: string | null;
  @Field(() => Int, { description: "Total after points: what the tenders must cover before cash rounding, 分." }) amountDue!: number;
}
