import { filter, pipe } from "@graphql-yoga/subscription";
import type { AppPubSub } from "../../outbox/pubsub.ts";
import { Topic, type TicketMessagePayload } from "../../outbox/topics.ts";

/**
 * The TICKET_MESSAGE stream for the ticket subscription, which authorises with a database look-up before subscribing
 * (type-graphql's `topics` cannot wait for one). Same shape as the orders' OrderEventFeed, which is typed to its own
 * topics; the server connects the bus once at start.
 */
export class TicketMessageFeed {
  private pubSub: AppPubSub | null = null;

  connect(pubSub: AppPubSub): void {
    this.pubSub = pubSub;
  }

  stream(keep: (payload: TicketMessagePayload) => boolean): AsyncIterable<TicketMessagePayload> {
    if (!this.pubSub) throw new Error("the ticket feed is not connected to the bus");
    const source = this.pubSub.subscribe(Topic.TICKET_MESSAGE) as AsyncIterable<TicketMessagePayload>;
    return pipe(source, filter(keep)) as AsyncIterable<TicketMessagePayload>;
  }
}
