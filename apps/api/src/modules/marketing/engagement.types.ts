import { ArrayMaxSize, IsDate, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MarketingStatus } from "../../generated/prisma/enums.ts";
import { ConnectionType, PageArgs } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { Member } from "../members/members.types.ts";
import { Store } from "../stores/stores.types.ts";
import { EventSignupError } from "./marketing-errors.ts";
import { Promotion } from "./promotion.types.ts";

const URL_OR_PATH = /^(https:\/\/|http:\/\/|\/)[^\s]*$/;

@ObjectType({ description: "A marketing campaign: a time window with a banner, grouping promotions." })
export class Campaign {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) bannerUrl!: string | null;
  @Field(() => DateTime, { nullable: true }) startsAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) endsAt!: Date | null;
  @Field(() => MarketingStatus) status!: MarketingStatus;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => [Promotion], { description: "Shoppers see the active ones only." }) promotions!: Promotion[];
}

@ObjectType()
export class CampaignConnection extends ConnectionType(Campaign) {}

@InputType()
export class CreateCampaignInput {
  @Field(() => String) @Length(1, 100) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => String, { nullable: true, description: "https URL or a path on the storefront." })
  @IsOptional()
  @MaxLength(500)
  @Matches(URL_OR_PATH, { message: "bannerUrl must be an http(s) URL or a path" })
  bannerUrl?: string | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => MarketingStatus, { defaultValue: MarketingStatus.DRAFT }) @IsIn(Object.values(MarketingStatus)) status!: MarketingStatus;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(50) @Length(1, 64, { each: true }) promotionIds!: string[];
}

@InputType({ description: "Changes to a campaign; omitted fields stay, promotionIds replaces the list." })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @Matches(URL_OR_PATH, { message: "bannerUrl must be an http(s) URL or a path" })
  bannerUrl?: string | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => MarketingStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(MarketingStatus)) status?: MarketingStatus | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @Length(1, 64, { each: true }) promotionIds?: string[] | null;
}

@ArgsType()
export class MarketingListArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: "Staff with marketing:read: include drafts, paused, ended and past items." })
  includeInactive!: boolean;
}

@ObjectType({ description: "A member-only event (tasting, styling session) with sign-up." })
export class MemberEvent {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Store, { nullable: true }) store?: Store | null;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime) endsAt!: Date;
  @Field(() => Int, { nullable: true, description: "null = unlimited." }) capacity!: number | null;
  @Field(() => [ID], { description: "Only members of these tiers may sign up; empty = any member." }) tierIds!: string[];
  @Field(() => MarketingStatus) status!: MarketingStatus;
  @Field(() => Int) signedUpCount!: number;
  @Field(() => Int, { nullable: true, description: "null = unlimited." }) seatsLeft!: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the signed-in member is signed up; null for others." }) signedUp!:
    | boolean
    | null;
  storeId!: string | null;
}

@ObjectType()
export class MemberEventConnection extends ConnectionType(MemberEvent) {}

@InputType()
export class CreateMemberEventInput {
  @Field(() => String) @Length(1, 100) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => ID, { nullable: true, description: "The store it takes place in (marketing:write there)." })
  @IsOptional()
  @Length(1, 64)
  storeId?: string | null;
  @Field(() => DateTime) @IsDate() startsAt!: Date;
  @Field(() => DateTime) @IsDate() endsAt!: Date;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100_000) capacity?: number | null;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(20) @Length(1, 64, { each: true }) tierIds!: string[];
  @Field(() => MarketingStatus, { defaultValue: MarketingStatus.ACTIVE }) @IsIn(Object.values(MarketingStatus)) status!: MarketingStatus;
}

@InputType({
  description: "Changes to a member event; omitted fields stay, capacity null = unlimited, tierIds replaces the list. The store stays.",
})
export class UpdateMemberEventInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => Int, { nullable: true, description: "Not below the members already signed up." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @Length(1, 64, { each: true }) tierIds?: string[] | null;
  @Field(() => MarketingStatus, { nullable: true, description: "ENDED cancels the event: nobody can sign up any more." })
  @IsOptional()
  @IsIn(Object.values(MarketingStatus))
  status?: MarketingStatus | null;
}

@ObjectType({ description: "A member's place at an event." })
export class EventSignup {
  @Field(() => ID) id!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => MemberEvent) event?: MemberEvent;
  @Field(() => Member, { nullable: true, description: "For staff with member:read and for the member themself." }) member?: Member | null;
}

@ObjectType()
export class EventSignupConnection extends ConnectionType(EventSignup) {}

export const EventSignupResult = createUnionType({
  name: "EventSignupResult",
  description: "The member's place, or why they could not sign up.",
  types: () => [EventSignup, EventSignupError] as const,
});
