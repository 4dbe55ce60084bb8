import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { RefundMethod, RefundStatus, ReturnStatus } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { Store } from "../stores/stores.types.ts";

registerEnumType(ReturnStatus, {
  name: "ReturnStatus",
  description: "REQUESTED by a member, then COMPLETED (approved and refunded) or REJECTED by staff. Till returns are COMPLETED at once.",
});
registerEnumType(RefundMethod, {
  name: "RefundMethod",
  description: "ORIGINAL: back to the tenders paid with; STORE_CREDIT: to the member's store credit.",
});
registerEnumType(RefundStatus, {
  name: "RefundStatus",
  description: "Wallet refunds are PENDING until WeChat Pay / Alipay answers; cash, card, points and store credit succeed at once.",
});

/** How money goes back; a separate name from the payment Tender enum of the orders module. */
export enum RefundTender {
  CASH = "CASH",
  CARD = "CARD",
  WECHAT_PAY = "WECHAT_PAY",
  ALIPAY = "ALIPAY",
  POINTS = "POINTS",
  STORE_CREDIT = "STORE_CREDIT",
  VOUCHER = "VOUCHER",
}
registerEnumType(RefundTender, {
  name: "RefundTender",
  description: "How a refund is paid out: the original tender, store credit, or points for a points payment.",
});

@ObjectType({ description: "One order line (part) returned." })
export class ReturnLine {
  @Field(() => ID) id!: string;
  @Field(() => ID) orderLineId!: string;
  @Field(() => ID) variantId!: string;
  @Field(() => String) sku!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: "Refunded for this line, 分 (an estimate until a requested return is completed)." }) amount!: number;
  @Field(() => Boolean, { description: "True: back on the shelf; false: written off as damaged." }) restock!: boolean;
}

@ObjectType({ description: "Money (or points) paid back against one payment of the order." })
export class ReturnRefund {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: "The payment refunded." }) paymentId!: string | null;
  @Field(() => RefundTender) tender!: RefundTender;
  @Field(() => Int, { description: "分 (for POINTS: the value of the points given back)." }) amount!: number;
  @Field(() => RefundStatus) status!: RefundStatus;
  @Field(() => String, { nullable: true, description: "Provider refund id or card terminal reference." }) providerReference!: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType({ description: "A return of goods from an order, with its refunds." })
export class OrderReturn {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => ID) orderId!: string;
  @Field(() => ReturnStatus) status!: ReturnStatus;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => RefundMethod) refundMethod!: RefundMethod;
  @Field(() => Int, { description: "分 refunded (requested returns: the estimate)." }) refundTotal!: number;
  @Field(() => Int, { description: "Earned points reversed on the order; more than pointsClawedBack when the member had spent them." })
  pointsReversed!: number;
  @Field(() => Int, { description: "Earned points actually taken off the member's balance." }) pointsClawedBack?: number;
  @Field(() => Int, { description: "Reversed points the balance could not cover (it never goes below zero)." }) pointsShortfall?: number;
  @Field(() => Int, { description: "Redeemed points given back." }) pointsRestored?: number;
  @Field(() => Store, { nullable: true, description: "Where the goods came (or come) back." }) store?: Store | null;
  @Field(() => ID, { nullable: true, description: "The staff user who took or approved the return." }) staffId!: string | null;
  @Field(() => [ReturnLine]) lines?: ReturnLine[];
  @Field(() => [ReturnRefund]) refunds?: ReturnRefund[];
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) completedAt!: Date | null;
  storeId!: string | null;
}

@ObjectType()
export class OrderReturnConnection extends ConnectionType(OrderReturn) {}

@ObjectType({ description: "A recorded (or requested, approved, rejected) return." })
export class ReturnReceipt {
  @Field(() => OrderReturn) return!: OrderReturn;
  @Field(() => Boolean, { description: "True when this is the stored result of an earlier attempt with the same clientReturnId." })
  replayed!: boolean;
}

@ObjectType({
  implements: ErrorResult,
  description:
    "Why a return was not recorded (nothing changed): RETURN_QUANTITY_EXCEEDS, NOTHING_TO_RETURN, REFUND_EXCEEDS_PAID, RETURN_LINE_NOT_FOUND, " +
    "ORDER_NOT_RETURNABLE, RETURN_WINDOW_CLOSED, STORE_CREDIT_NEEDS_MEMBER, RETURN_NOT_PENDING.",
})
export class ReturnError extends ErrorResult {
  @Field(() => ID, { nullable: true, description: "The order line concerned, when one is." }) orderLineId!: string | null;
}

export const ReturnResult = createUnionType({
  name: "ReturnResult",
  description: "The return, or why it was not recorded.",
  types: () => [ReturnReceipt, ReturnError] as const,
});
