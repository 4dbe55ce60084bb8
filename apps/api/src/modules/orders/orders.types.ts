import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import {
  AdjustmentKind,
  DiscountSource,
  FulfilmentStatus,
  FulfilmentType,
  OrderStatus,
  OrderType,
  PaymentStatus,
  Tender,
} from "../../generated/prisma/enums.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime, JSONObject } from "../../graphql/scalars.ts";
import { Member } from "../members/members.types.ts";
import { SalesChannel, Store } from "../stores/stores.types.ts";

registerEnumType(OrderType, { name: "OrderType", description: "POS_SALE (at a till), DELIVERY (shipped) or PICKUP (click and collect)." });
registerEnumType(OrderStatus, { name: "OrderStatus" });
registerEnumType(DiscountSource, {
  name: "DiscountSource",
  description: "What gave a line discount: PROMOTION, COUPON, MEMBER_PRICE or MANUAL.",
});
registerEnumType(AdjustmentKind, {
  name: "AdjustmentKind",
  description: "Order-level adjustments: CASH_ROUNDING (抹零), SHIPPING or MANUAL.",
});
registerEnumType(Tender, { name: "Tender", description: "How a payment was made." });
registerEnumType(PaymentStatus, { name: "PaymentStatus" });
registerEnumType(FulfilmentType, { name: "FulfilmentType" });
registerEnumType(FulfilmentStatus, { name: "FulfilmentStatus" });

@ObjectType({ description: "One discount that touched one line; a line's discounts add up to its discountTotal." })
export class LineDiscount {
  @Field(() => DiscountSource) source!: DiscountSource;
  @Field(() => ID, { nullable: true, description: "The promotion or coupon, when there is one." }) sourceId!: string | null;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: "分." }) amount!: number;
}

@ObjectType({ description: "One line of an order, with the prices it was sold at. Amounts in 分." })
export class OrderLine {
  @Field(() => ID) id!: string;
  @Field(() => ID) variantId!: string;
  @Field(() => String) sku!: string;
  @Field(() => String, { description: "The item name when sold." }) name!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: "Per unit before discounts, after channel, store and tier prices." }) unitPrice!: number;
  @Field(() => Int, { description: "The catalogue base price when sold." }) listPrice!: number;
  @Field(() => Int, { description: "unitPrice × quantity." }) subtotal!: number;
  @Field(() => Int) discountTotal!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) returnedQuantity!: number;
  @Field(() => [LineDiscount]) discounts?: LineDiscount[];
}

@ObjectType({ description: "An order-level adjustment (cash rounding, shipping, manual). 分; rounding is zero or negative." })
export class OrderAdjustment {
  @Field(() => AdjustmentKind) kind!: AdjustmentKind;
  @Field(() => String) label!: string;
  @Field(() => Int) amount!: number;
}

@ObjectType({ description: "One tender of an order. Amounts in 分." })
export class Payment {
  @Field(() => ID) id!: string;
  @Field(() => Tender) tender!: Tender;
  @Field(() => Int) amount!: number;
  @Field(() => PaymentStatus) status!: PaymentStatus;
  @Field(() => String, { description: "cash, card, wechat, alipay, points, ..." }) provider!: string;
  @Field(() => String, { nullable: true, description: "The provider's transaction id or the card terminal's reference." })
  providerReference!: string | null;
  @Field(() => Int, { nullable: true, description: "Cash handed over (cash tenders)." }) cashTendered!: number | null;
  @Field(() => Int, { nullable: true, description: "Change given back (cash tenders)." }) changeGiven!: number | null;
  @Field(() => Int, { nullable: true, description: "Points spent (POINTS tenders)." }) pointsUsed!: number | null;
  @Field(() => Int) refundedAmount!: number;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) paidAt!: Date | null;
}

@ObjectType({ description: "A step of a delivery or pickup, as the carrier or the store reported it." })
export class TrackingEvent {
  @Field(() => String) status!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => DateTime) occurredAt!: Date;
}

@ObjectType({ description: "How an online order reaches the shopper: shipped to an address or collected in a store." })
export class Fulfilment {
  @Field(() => ID) id!: string;
  @Field(() => FulfilmentType) type!: FulfilmentType;
  @Field(() => FulfilmentStatus) status!: FulfilmentStatus;
  @Field(() => String, { nullable: true }) carrier!: string | null;
  @Field(() => String, { nullable: true }) trackingNumber!: string | null;
  @Field(() => Store, { nullable: true }) pickupStore?: Store | null;
  @Field(() => String, { nullable: true, description: "Shown to the shopper and checked at the counter." }) pickupCode!: string | null;
  @Field(() => JSONObject, {
    nullable: true,
    description: "Delivery address: recipient, phone, province, city, district, line, postalCode.",
  })
  address!: Prisma.JsonValue;
  @Field(() => DateTime, { nullable: true }) readyAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) shippedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) collectedAt!: Date | null;
  @Field(() => [TrackingEvent], { description: "Oldest first." }) events?: TrackingEvent[];
  pickupStoreId!: string | null;
}

@ObjectType({ description: "A sale at a till or an online order. Amounts in 分 of `currency`." })
export class Order {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "SO + China date + daily sequence, printed on receipts." }) number!: string;
  @Field(() => OrderType) type!: OrderType;
  @Field(() => OrderStatus) status!: OrderStatus;
  @Field(() => SalesChannel) channel?: SalesChannel;
  @Field(() => Store, { nullable: true, description: "The shop of a till sale or pickup, the warehouse of a delivery." })
  store?: Store | null;
  @Field(() => ID, { nullable: true }) memberId!: string | null;
  @Field(() => Member, { nullable: true, description: "Null for guests, and for staff without member:read." }) member?: Member | null;
  @Field(() => String, { nullable: true, description: "The cashier's display name, as printed on the receipt." }) staffName?: string | null;
  @Field(() => String) currency!: string;
  @Field(() => Int, { description: "Sum of the lines' subtotals." }) subtotal!: number;
  @Field(() => Int) discountTotal!: number;
  @Field(() => Int) shippingTotal!: number;
  @Field(() => Int, { description: "Cash rounding (抹零): zero or negative." }) roundingAdjustment!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) paidTotal!: number;
  @Field(() => Int) refundedTotal!: number;
  @Field(() => Int) pointsEarned!: number;
  @Field(() => Int) pointsRedeemed!: number;
  @Field(() => Boolean, { description: "A training-mode sale: no stock, points or money moved." }) training!: boolean;
  @Field(() => String, { nullable: true, description: "The referral code of the share link the order came from." })
  referralCode!: string | null;
  @Field(() => DateTime) placedAt!: Date;
  @Field(() => DateTime, { nullable: true }) paidAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => [OrderLine]) lines?: OrderLine[];
  @Field(() => [Payment], { description: "Oldest first." }) payments?: Payment[];
  @Field(() => [Fulfilment]) fulfilments?: Fulfilment[];
  @Field(() => [OrderAdjustment]) adjustments?: OrderAdjustment[];
  channelId!: string;
  storeId!: string | null;
  staffId!: string | null;
}

@ObjectType()
export class OrderConnection extends ConnectionType(Order) {}
