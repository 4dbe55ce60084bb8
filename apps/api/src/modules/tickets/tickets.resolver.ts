import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { Member } from "../members/members.types.ts";
import { Store } from "../stores/stores.types.ts";
import { CreateTicketInput, RateTicketArgs, TicketFilter, TicketReplyArgs, TicketStatusArgs } from "./tickets.inputs.ts";
import type { TicketOutcome } from "./tickets.service.ts";
import {
  ServiceTicket,
  ServiceTicketConnection,
  TicketError,
  TicketMessage,
  TicketMessageConnection,
  TicketResult,
} from "./tickets.types.ts";

function resultOf(outcome: TicketOutcome): typeof TicketResult {
  if (outcome.ok) return Object.assign(new ServiceTicket(), outcome.ticket);
  return Object.assign(new TicketError(), { code: outcome.code, message: outcome.message, status: outcome.status });
}

/** Feedback and service tickets: members open and answer their own; staff answer those of their stores. */
@Resolver(() => ServiceTicket)
export class TicketsResolver {
  @Query(() => ServiceTicketConnection, {
    description: "Tickets of the stores where the viewer holds member:read, newest first (tickets without a store need it merchant-wide).",
  })
  async tickets(
    @Arg("filter", () => TicketFilter, { nullable: true }) filter: TicketFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ServiceTicketConnection> {
    const { staff, scope } = authz.require(ctx.viewer, "member:read");
    return (await ctx.services.tickets.list(staff, scope, filter, page)) as unknown as ServiceTicketConnection;
  }

  @Query(() => ServiceTicketConnection, { description: "The signed-in member's tickets, newest first." })
  async myTickets(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ServiceTicketConnection> {
    const member = authz.requireMember(ctx.viewer);
    return (await ctx.services.tickets.ofMember(member, page)) as unknown as ServiceTicketConnection;
  }

  @Query(() => ServiceTicket, {
    description: "One ticket: the member's own, or for staff with member:read in its store (FORBIDDEN otherwise).",
  })
  async ticket(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceTicket> {
    const viewer = authz.requireViewer(ctx.viewer);
    if (viewer.kind === "MEMBER") return ctx.services.tickets.forMember(viewer, id) as Promise<ServiceTicket>;
    const { staff, scope } = authz.require(viewer, "member:read");
    return ctx.services.tickets.forStaff(staff, scope, id) as Promise<ServiceTicket>;
  }

  @Mutation(() => ServiceTicket, { description: "A member opens a feedback or service ticket, optionally about one of their orders." })
  async createTicket(@Arg("input", () => CreateTicketInput) input: CreateTicketInput, @Ctx() ctx: Context): Promise<ServiceTicket> {
    const member = authz.requireMember(ctx.viewer);
    return (await ctx.services.tickets.create(member, input, ctx.audit)) as ServiceTicket;
  }

  @Mutation(() => TicketResult, { description: "A member replies on their own ticket (reopening it when it was PENDING or RESOLVED)." })
  async replyToTicket(@Args(() => TicketReplyArgs) args: TicketReplyArgs, @Ctx() ctx: Context): Promise<typeof TicketResult> {
    const viewer = authz.requireMember(ctx.viewer);
    return resultOf(await ctx.services.tickets.reply({ kind: "MEMBER", viewer }, args.ticketId, args.body, ctx.audit));
  }

  @Mutation(() => TicketResult, {
    description: "Staff reply on a ticket (member:write in its store); an OPEN ticket becomes PENDING. The member receives it live.",
  })
  async staffReplyToTicket(@Args(() => TicketReplyArgs) args: TicketReplyArgs, @Ctx() ctx: Context): Promise<typeof TicketResult> {
    const { staff } = authz.require(ctx.viewer, "member:write");
    return resultOf(await ctx.services.tickets.reply({ kind: "STAFF", viewer: staff }, args.ticketId, args.body, ctx.audit));
  }

  @Mutation(() => TicketResult, { description: "Staff move a ticket to OPEN, PENDING, RESOLVED or CLOSED (member:write in its store)." })
  async setTicketStatus(@Args(() => TicketStatusArgs) args: TicketStatusArgs, @Ctx() ctx: Context): Promise<typeof TicketResult> {
    const { staff } = authz.require(ctx.viewer, "member:write");
    return resultOf(await ctx.services.tickets.setStatus(staff, args.ticketId, args.status, ctx.audit));
  }

  @Mutation(() => TicketResult, { description: "A member rates their resolved ticket, once, 1 to 5." })
  async rateTicket(@Args(() => RateTicketArgs) args: RateTicketArgs, @Ctx() ctx: Context): Promise<typeof TicketResult> {
    const viewer = authz.requireMember(ctx.viewer);
    return resultOf(await ctx.services.tickets.rate(viewer, args.ticketId, args.rating, ctx.audit));
  }

  @FieldResolver(() => Store, { nullable: true })
  async store(@Root() ticket: ServiceTicket, @Ctx() ctx: Context): Promise<Store | null> {
    return ticket.storeId ? ((await ctx.loaders.store.load(ticket.storeId)) as Store | null) : null;
  }

  @FieldResolver(() => Member)
  async member(@Root() ticket: ServiceTicket, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.member.load(ticket.memberId)) as Member;
  }

  @FieldResolver(() => TicketMessage, { nullable: true, description: "The newest message, from the member or from staff." })
  async lastMessage(@Root() ticket: ServiceTicket, @Ctx() ctx: Context): Promise<TicketMessage | null> {
    return ((await ctx.loaders.lastMessageByTicket.load(ticket.id))[0] as TicketMessage | undefined) ?? null;
  }

  @FieldResolver(() => TicketMessageConnection, { description: "The conversation, oldest first." })
  async messages(
    @Root() ticket: ServiceTicket,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<TicketMessageConnection> {
    return (await ctx.services.tickets.messages(ticket.id, page)) as unknown as TicketMessageConnection;
  }
}

@Resolver(() => TicketMessage)
export class TicketMessageResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "The name of the staff member who wrote it; null for the member's messages.",
  })
  async staffName(@Root() message: TicketMessage, @Ctx() ctx: Context): Promise<string | null> {
    return message.staffId ? ((await ctx.loaders.staff.load(message.staffId))?.displayName ?? null) : null;
  }
}
