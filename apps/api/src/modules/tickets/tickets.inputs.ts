import { IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { TicketStatus } from "../../generated/prisma/enums.ts";
import { TicketCategory } from "./tickets.types.ts";

export const MAX_TICKET_BODY = 2000;
const NOT_BLANK = /\S/;

@InputType()
export class CreateTicketInput {
  @Field(() => String) @Length(1, 120) @Matches(NOT_BLANK, { message: "subject must not be blank" }) subject!: string;

  @Field(() => String, { description: `The first message, at most ${MAX_TICKET_BODY} characters.` })
  @Length(1, MAX_TICKET_BODY)
  @Matches(NOT_BLANK, { message: "body must not be blank" })
  body!: string;

  @Field(() => TicketCategory, { defaultValue: TicketCategory.GENERAL })
  @IsIn(Object.values(TicketCategory))
  category: TicketCategory = TicketCategory.GENERAL;

  @Field(() => ID, { nullable: true, description: "One of the member's own orders the ticket is about." })
  @IsOptional()
  @Length(1, 64)
  orderId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The store the ticket is for; by default the order's store. Without a store, merchant-wide staff handle it.",
  })
  @IsOptional()
  @Length(1, 64)
  storeId?: string | null;
}

@ArgsType()
export class TicketReplyArgs {
  @Field(() => ID) @Length(1, 64) ticketId!: string;

  @Field(() => String, { description: `At most ${MAX_TICKET_BODY} characters.` })
  @Length(1, MAX_TICKET_BODY)
  @Matches(NOT_BLANK, { message: "body must not be blank" })
  body!: string;
}

@ArgsType()
export class TicketStatusArgs {
  @Field(() => ID) @Length(1, 64) ticketId!: string;
  @Field(() => TicketStatus) @IsIn(Object.values(TicketStatus)) status!: TicketStatus;
}

@ArgsType()
export class RateTicketArgs {
  @Field(() => ID) @Length(1, 64) ticketId!: string;
  @Field(() => Int, { description: "1 to 5." }) @IsInt() @Min(1) @Max(5) rating!: number;
}

@InputType()
export class TicketFilter {
  @Field(() => TicketStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(TicketStatus)) status?: TicketStatus | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) storeId?: string | null;
  @Field(() => TicketCategory, { nullable: true }) @IsOptional() @IsIn(Object.values(TicketCategory)) category?: TicketCategory | null;
}
