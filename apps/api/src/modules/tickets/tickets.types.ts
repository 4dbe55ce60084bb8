import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { TicketStatus } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { PrincipalKindGql } from "../auth/auth.types.ts";

registerEnumType(TicketStatus, {
  name: "TicketStatus",
  description:
    "OPEN (waiting for staff), PENDING (waiting for the member), RESOLVED (the member may still reply, which reopens it), CLOSED (final).",
});

export enum TicketCategory {
  GENERAL = "GENERAL",
  ORDER = "ORDER",
  DELIVERY = "DELIVERY",
  RETURN_REFUND = "RETURN_REFUND",
  PRODUCT = "PRODUCT",
  STORE_SERVICE = "STORE_SERVICE",
  MEMBERSHIP = "MEMBERSHIP",
  COMPLAINT = "COMPLAINT",
  SUGGESTION = "SUGGESTION",
}
registerEnumType(TicketCategory, { name: "TicketCategory", description: "What a feedback or service ticket is about." });

@ObjectType({ description: "One message of a ticket, from the member or from staff." })
export class TicketMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) ticketId!: string;
  @Field(() => PrincipalKindGql) author!: PrincipalKindGql;
  @Field(() => String) body!: string;
  @Field(() => DateTime) createdAt!: Date;
  staffId!: string | null;
}

@ObjectType()
export class TicketMessageConnection extends ConnectionType(TicketMessage) {}

@ObjectType({ description: "A member's feedback or service request, with its conversation." })
export class ServiceTicket {
  @Field(() => ID) id!: string;
  @Field(() => String) subject!: string;
  @Field(() => TicketCategory) category!: TicketCategory;
  @Field(() => TicketStatus) status!: TicketStatus;
  @Field(() => Int, { nullable: true, description: "The member's rating of the service, 1 to 5, once resolved." }) rating!: number | null;
  @Field(() => ID, { nullable: true, description: "The order the ticket is about, if any." }) orderId!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
  @Field(() => TicketMessage, { nullable: true, description: "The newest message, from the member or from staff." })
  lastMessage?: TicketMessage | null;
  memberId!: string;
  storeId!: string | null;
}

@ObjectType()
export class ServiceTicketConnection extends ConnectionType(ServiceTicket) {}

@ObjectType({
  implements: ErrorResult,
  description:
    "The ticket cannot take this: TICKET_CLOSED (no more replies), INVALID_STATUS_TRANSITION, TICKET_NOT_RESOLVED (rate it once resolved), ALREADY_RATED.",
})
export class TicketError extends ErrorResult {
  @Field(() => TicketStatus) status!: TicketStatus;
}

export const TicketResult = createUnionType({
  name: "TicketResult",
  description: "The ticket after the change, or why nothing changed.",
  types: () => [ServiceTicket, TicketError] as const,
});
