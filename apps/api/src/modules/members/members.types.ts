import { GraphQLDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import { MemberStatus, PointsReason } from "../../generated/prisma/enums.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime, JSONObject } from "../../graphql/scalars.ts";
import { Store } from "../stores/stores.types.ts";

registerEnumType(MemberStatus, { name: "MemberStatus", description: "ACTIVE, or DISABLED (cannot sign in or earn)." });
registerEnumType(PointsReason, {
  name: "PointsReason",
  description: "Why a points balance changed: EARN, REDEEM, EXPIRE, ADJUST, REVERSAL, REFUND.",
});

/** A calendar date without time or zone (YYYY-MM-DD), for birthdays; stored as a PostgreSQL date. */
export const CalendarDate = GraphQLDate;

@ObjectType({ description: "A membership level (普通会员, 银卡, 金卡, 钻石) reached by rolling 12-month spend." })
export class MemberTier {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => JSONObject, { description: 'Translations of the name: { "en": "...", "zh-TW": "..." }.' }) nameI18n!: Prisma.JsonValue;
  @Field(() => Int, { description: "1 = entry tier; higher is better." }) rank!: number;
  @Field(() => Int, { description: "Rolling 12-month spend needed, 分." }) minRollingSpend!: number;
  @Field(() => Int, { description: "Points earned per point of base rate, in basis points (15000 = ×1.5)." }) pointsMultiplierBps!: number;
  @Field(() => JSONObject, { description: "Benefits of the tier, e.g. { birthdayCoupon: true, freeShipping: true }." })
  benefits!: Prisma.JsonValue;
}

@ObjectType({ description: "One change of a member's points balance." })
export class PointsEntry {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "Positive when earned or given back, negative when redeemed or expired." }) delta!: number;
  @Field(() => Int) balanceAfter!: number;
  @Field(() => PointsReason) reason!: PointsReason;
  @Field(() => ID, { nullable: true }) orderId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTime, { nullable: true, description: "When points earned by this entry expire." }) expiresAt!: Date | null;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class PointsEntryConnection extends ConnectionType(PointsEntry) {}

@ObjectType({ description: "A loyalty member. Members are merchant-wide: every store serves every member." })
export class Member {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: "The normalised 11-digit mainland mobile number (staff with member:read see it whole: the till looks members up by it).",
  })
  phone!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => CalendarDate, { nullable: true }) birthday!: Date | null;
  @Field(() => String, { nullable: true, description: "F or M." }) gender!: string | null;
  @Field(() => Boolean) consentMarketing!: boolean;
  @Field(() => DateTime, { nullable: true, description: "When marketing consent was last given; null while not consenting." })
  consentAt!: Date | null;
  @Field(() => MemberTier, { nullable: true }) tier?: MemberTier | null;
  @Field(() => Int) pointsBalance!: number;
  @Field(() => Int, { description: "分." }) storeCreditBalance!: number;
  @Field(() => Int, { description: "All-time spend, 分." }) lifetimeSpend!: number;
  @Field(() => Store, { nullable: true }) homeStore?: Store | null;
  @Field(() => String) referralCode!: string;
  @Field(() => MemberStatus) status!: MemberStatus;
  @Field(() => DateTime) createdAt!: Date;
  tierId!: string | null;
  homeStoreId!: string | null;
}

@ObjectType()
export class MemberConnection extends ConnectionType(Member) {}
