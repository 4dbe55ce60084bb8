import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { Member, MemberTier } from "./members.types.ts";

export enum TierMove {
  UPGRADE = "UPGRADE",
  DOWNGRADE = "DOWNGRADE",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(TierMove, { name: "TierMove", description: "What an evaluation did to a member's tier." });

@ObjectType({ description: "A change of a member's tier." })
export class TierChange {
  @Field(() => ID) id!: string;
  @Field(() => MemberTier, { nullable: true, description: "Null when the member had no tier." }) fromTier?: MemberTier | null;
  @Field(() => MemberTier, { nullable: true }) toTier?: MemberTier | null;
  @Field(() => String, {
    description: "SPEND_THRESHOLD_MET, POINTS_THRESHOLD_MET or BELOW_CURRENT_TIER_REQUIREMENTS (an evaluation), IMPORT (a member file).",
  })
  reason!: string;
  @Field(() => DateTime) createdAt!: Date;
  fromTierId!: string | null;
  toTierId!: string | null;
}

@ObjectType()
export class TierChangeConnection extends ConnectionType(TierChange) {}

@ObjectType({ description: "What a points expiry pass did." })
export class PointsExpiryRun {
  @Field(() => Int, { description: "Members with a lot due that was not closed yet." }) membersChecked!: number;
  @Field(() => Int, { description: "Members who lost points." }) membersExpired!: number;
  @Field(() => Int) pointsExpired!: number;
}

@ObjectType({ description: "What a tier evaluation pass did." })
export class TierEvaluationRun {
  @Field(() => Int) membersEvaluated!: number;
  @Field(() => Int) upgraded!: number;
  @Field(() => Int) downgraded!: number;
}

@ObjectType({ description: "One member's tier, evaluated now." })
export class MemberTierEvaluation {
  @Field(() => Member) member!: Member;
  @Field(() => TierMove) move!: TierMove;
  @Field(() => Boolean, { description: "Whether the member's tier was changed by this evaluation." }) applied!: boolean;
  @Field(() => String, {
    description:
      "The domain's reason: SPEND_THRESHOLD_MET, POINTS_THRESHOLD_MET, BELOW_CURRENT_TIER_REQUIREMENTS, REQUIREMENTS_STILL_MET, " +
      "NO_TIER_QUALIFIES, or DOWNGRADE_DEFERRED (below the tier's requirements, but the tier is held until its hold period ends).",
  })
  reason!: string;
  @Field(() => Int, { description: "Rolling spend in the merchant's window (12 months by default), 分." }) rollingSpend!: number;
  @Field(() => MemberTier, { nullable: true }) previousTier?: MemberTier | null;
  @Field(() => MemberTier, { nullable: true }) tier?: MemberTier | null;
  @Field(() => MemberTier, { nullable: true, description: "The next tier up, if any." }) nextTier?: MemberTier | null;
  @Field(() => Int, { nullable: true, description: "Rolling spend still missing for the next tier, 分." }) missingSpend!: number | null;
  previousTierId!: string | null;
  tierId!: string | null;
  nextTierId!: string | null;
}
