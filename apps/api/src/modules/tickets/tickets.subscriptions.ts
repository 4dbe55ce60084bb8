import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import type { TicketMessagePayload } from "../../outbox/topics.ts";
import type { PrincipalKindGql } from "../auth/auth.types.ts";
import { TicketMessage } from "./tickets.types.ts";

type TicketArgs = { ticketId: string };

/**
 * Replies reaching the other side live. Who may listen is decided once, when the subscription starts (the ticket's
 * member, or staff with member:read in its store), and a refusal is an error, never a silent stream.
 */
@Resolver()
export class TicketSubscriptionResolver {
  @Subscription(() => TicketMessage, {
    description: "New messages of one ticket, committed: for its member, or staff with member:read in its store.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, TicketArgs, Context>) => {
      const viewer = authz.requireViewer(context.viewer);
      await context.services.tickets.assertCanFollow(viewer, args.ticketId);
      return context.services.ticketFeed.stream((p) => p.merchantId === viewer.merchantId && p.ticketId === args.ticketId);
    },
  })
  async ticketMessages(
    @Root() payload: TicketMessagePayload,
    @Arg("ticketId", () => ID) _ticketId: string,
    @Ctx() ctx: Context,
  ): Promise<TicketMessage> {
    // The committed row carries the staff author (for staffName); the payload is the fallback if it is gone since.
    const row = await ctx.db.ticketMessage.findUnique({ where: { id: payload.messageId } });
    if (row) return Object.assign(new TicketMessage(), row);
    return Object.assign(new TicketMessage(), {
      id: payload.messageId,
      ticketId: payload.ticketId,
      author: payload.author as PrincipalKindGql,
      body: payload.body,
      createdAt: new Date(payload.at),
      staffId: null,
    });
  }
}
