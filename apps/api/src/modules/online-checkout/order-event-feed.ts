import { filter, pipe } from "@graphql-yoga/subscription";
import type { AppPubSub } from "../../outbox/pubsub.ts";
import { Topic, type TopicPayloads } from "../../outbox/topics.ts";

type FeedTopic = typeof Topic.ORDER_UPDATED | typeof Topic.PAYMENT_UPDATED;

/**
 * Subscription streams over the event bus for resolvers that must authorise asynchronously (a database look-up) before
 * subscribing, which type-graphql's `topics` cannot do. The server connects the bus once at start.
 */
export class OrderEventFeed {
  private pubSub: AppPubSub | null = null;

  connect(pubSub: AppPubSub): void {
    this.pubSub = pubSub;
  }

  stream<T extends FeedTopic>(topic: T, keep: (payload: TopicPayloads[T]) => boolean): AsyncIterable<TopicPayloads[T]> {
    if (!this.pubSub) throw new Error("the event feed is not connected to the bus");
    const source = this.pubSub.subscribe(topic) as AsyncIterable<TopicPayloads[T]>;
    return pipe(source, filter(keep)) as AsyncIterable<TopicPayloads[T]>;
  }
}
