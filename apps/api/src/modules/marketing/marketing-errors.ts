import { Field, ID, ObjectType } from "type-graphql";
import { MarketingStatus } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";

@ObjectType({
  implements: ErrorResult,
  description: "The status change is not allowed (INVALID_STATUS_TRANSITION) or the item has ended (MARKETING_ENDED).",
})
export class MarketingStatusError extends ErrorResult {
  @Field(() => MarketingStatus) status!: MarketingStatus;
}

@ObjectType({
  implements: ErrorResult,
  description:
    "A coupon could not be issued or claimed: COUPON_TEMPLATE_NOT_ACTIVE, COUPON_TEMPLATE_EXPIRED, COUPON_SOLD_OUT, COUPON_MEMBER_LIMIT_REACHED, COUPON_CLAIM_CODE_UNKNOWN.",
})
export class CouponIssueError extends ErrorResult {
  @Field(() => ID, { nullable: true }) templateId!: string | null;
}

@ObjectType({ implements: ErrorResult, description: "A member could not sign up: EVENT_FULL, EVENT_CLOSED, EVENT_TIER_NOT_ELIGIBLE." })
export class EventSignupError extends ErrorResult {
  @Field(() => ID) eventId!: string;
}

export type Failure<C extends string = string> = { ok: false; code: C; message: string };
