import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { ArgsType, createUnionType, Field, ID, ObjectType } from "type-graphql";
import { ErrorResult } from "../../graphql/error-result.ts";
import { DateTime } from "../../graphql/scalars.ts";

@ObjectType({
  implements: ErrorResult,
  description:
    "The order or its fulfilment cannot make this move now (INVALID_TRANSITION, ORDER_ALREADY_SHIPPED, ORDER_ALREADY_COMPLETED, ...).",
})
export class OrderStateError extends ErrorResult {
  @Field(() => String, { nullable: true, description: "The order's status when the move was refused." }) currentOrderStatus!: string | null;
  @Field(() => String, { nullable: true, description: "The fulfilment's status when the move was refused." }) currentFulfilmentStatus!:
    | string
    | null;
}

@ObjectType({ implements: ErrorResult, description: "The pickup code the shopper showed does not match the order (PICKUP_CODE_INVALID)." })
export class PickupCodeError extends ErrorResult {}

@ObjectType({ description: "Where an online order's fulfilment stands after a store action." })
export class FulfilmentProgress {
  @Field(() => ID) orderId!: string;
  @Field(() => String) orderNumber!: string;
  @Field(() => String, { description: "The order's status: PAID, PROCESSING, SHIPPED, DELIVERED, READY_FOR_PICKUP, COMPLETED, ..." })
  orderStatus!: string;
  @Field(() => ID) fulfilmentId!: string;
  @Field(() => String, { description: "DELIVERY or PICKUP." }) fulfilmentType!: string;
  @Field(() => String, { description: "PENDING, PICKING, PACKED, SHIPPED, DELIVERED, READY_FOR_PICKUP, COLLECTED, CANCELLED." })
  fulfilmentStatus!: string;
  @Field(() => String, { nullable: true }) carrier!: string | null;
  @Field(() => String, { nullable: true }) trackingNumber!: string | null;
  @Field(() => DateTime, { nullable: true }) shippedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) readyAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) collectedAt!: Date | null;
}

export const FulfilmentActionResult = createUnionType({
  name: "FulfilmentActionResult",
  description: "The fulfilment's new state, or why the action was refused (nothing changed).",
  types: () => [FulfilmentProgress, OrderStateError, PickupCodeError] as const,
});

@ArgsType()
export class OrderIdArgs {
  @Field(() => ID) @Length(1, 64) orderId!: string;
}

@ArgsType()
export class ShipOrderArgs extends OrderIdArgs {
  @Field(() => String, { description: "e.g. 顺丰速运 SF Express." }) @Length(1, 50) carrier!: string;
  @Field(() => String) @Length(1, 50) trackingNumber!: string;
}

@ArgsType()
export class TrackingEventArgs extends OrderIdArgs {
  @Field(() => String, { description: "Short status, e.g. IN_TRANSIT, AT_HUB, OUT_FOR_DELIVERY." }) @Length(1, 40) status!: string;
  @Field(() => String) @Length(1, 300) description!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) location?: string | null;
  @Field(() => DateTime, { nullable: true, description: "When it happened (default now)." }) @IsOptional() occurredAt?: Date | null;
}

@ArgsType()
export class CollectOrderArgs extends OrderIdArgs {
  @Field(() => String, { description: "The 6-digit code the shopper shows." })
  @Matches(/^\d{6}$/, { message: "pickupCode must be 6 digits" })
  pickupCode!: string;
}

@ArgsType()
export class CancelOrderArgs extends OrderIdArgs {
  @Field(() => String, { description: "Why (kept in the audit trail)." }) @Length(1, 200) reason!: string;
}
