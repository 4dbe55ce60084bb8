import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";

const MAX_SPEND = 2_000_000_000;

@ObjectType({ description: "Who is in a segment: every rule that is set must hold (active members only)." })
export class MemberSegmentRules {
  @Field(() => [ID], { description: "In one of these tiers; empty = any tier." }) tierIds!: string[];
  @Field(() => Int, { nullable: true, description: "Lifetime spend at least, 分." }) minSpend!: number | null;
  @Field(() => Int, { nullable: true, description: "Lifetime spend at most, 分." }) maxSpend!: number | null;
  @Field(() => Int, { nullable: true, description: "Ordered in the last n days." }) lastOrderWithinDays!: number | null;
  @Field(() => Int, { nullable: true, description: "No order in the last n days (lapsed)." }) noOrderForDays!: number | null;
  @Field(() => Boolean, { description: "Only members who agreed to marketing." }) consentMarketingOnly!: boolean;
}

@InputType()
export class MemberSegmentRulesInput {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @Length(1, 64, { each: true }) tierIds?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_SPEND) minSpend?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_SPEND) maxSpend?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) lastOrderWithinDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) noOrderForDays?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() consentMarketingOnly?: boolean | null;
}

@ObjectType({ description: "A saved member segment." })
export class MemberSegment {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => MemberSegmentRules) rules!: MemberSegmentRules;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class MemberSegmentConnection extends ConnectionType(MemberSegment) {}

@InputType({ description: "Members to target: a saved segment, or rules given here." })
export class SegmentTargetInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) segmentId?: string | null;
  @Field(() => MemberSegmentRulesInput, { nullable: true }) @IsOptional() @ValidateNested() rules?: MemberSegmentRulesInput | null;
}
