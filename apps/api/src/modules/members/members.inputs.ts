import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxDate, MaxLength, Min, MinDate } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { SortDirection } from "../../graphql/sorting.ts";
import { CalendarDate } from "./members.types.ts";

export const GENDERS = ["F", "M"] as const;
const NOT_BLANK = /\S/;
const EARLIEST_BIRTHDAY = new Date("1900-01-01T00:00:00Z");

export enum MemberSortField {
  CREATED_AT = "CREATED_AT",
  LIFETIME_SPEND = "LIFETIME_SPEND",
  POINTS = "POINTS",
  NAME = "NAME",
}
registerEnumType(MemberSortField, { name: "MemberSortField" });

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true, description: "Part of the name, or digits of the mobile number (e.g. the last four)." })
  @IsOptional()
  @MaxLength(50)
  search?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) tierId?: string | null;

  @Field(() => Int, { nullable: true, description: "Lifetime spend at least this much, 分." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  minSpend?: number | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() consentMarketing?: boolean | null;
}

@InputType()
export class MemberSort {
  @Field(() => MemberSortField) @IsIn(Object.values(MemberSortField)) field!: MemberSortField;
  @Field(() => SortDirection) @IsIn(Object.values(SortDirection)) direction!: SortDirection;
}

@ArgsType()
export class MemberByPhoneArgs {
  @Field(() => String, { description: "As typed or scanned: +86, spaces, dashes and full-width digits are accepted." })
  @Length(1, 32)
  phone!: string;
}

/** What staff and members may both change; null clears a field, left out keeps it. */
@InputType()
abstract class MemberDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  @Matches(NOT_BLANK, { message: "name must not be blank" })
  name?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120) @IsEmail() email?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: "YYYY-MM-DD." })
  @IsOptional()
  @MinDate(EARLIEST_BIRTHDAY)
  @MaxDate(() => new Date(), { message: "birthday cannot be in the future" })
  birthday?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Turning consent on records the time of consent." })
  @IsOptional()
  @IsBoolean()
  consentMarketing?: boolean | null;
}

@InputType()
export class UpdateMyProfileInput extends MemberDetailsInput {}

@InputType()
export class UpdateMemberInput extends MemberDetailsInput {
  @Field(() => String, { nullable: true, description: "F or M." }) @IsOptional() @MaxLength(1) @IsIn(GENDERS) gender?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) homeStoreId?: string | null;
}

@InputType()
export class CreateMemberInput extends UpdateMemberInput {
  @Field(() => String, { description: "Mainland mobile number; stored normalised (13800009999)." })
  @Length(1, 32)
  phone!: string;
}
