import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "@graphql-yoga/subscription";
import { Redis } from "ioredis";

type EventTargetLike = ReturnType<typeof createRedisEventTarget>;

/** Namespaces Redis channels (pub/sub channels are global to a Redis server), e.g. per deployment or test run. */
function prefixed(target: EventTargetLike, prefix: string): EventTargetLike {
  return {
    addEventListener: (topic, listener) => target.addEventListener(`${prefix}${topic}`, listener),
    removeEventListener: (topic, listener) => target.removeEventListener(`${prefix}${topic}`, listener),
    dispatchEvent: (event) => {
      const e = event as Event & { detail?: unknown };
      return target.dispatchEvent(Object.assign(new Event(`${prefix}${e.type}`), { detail: e.detail }) as never);
    },
  };
}

/**
 * In-process fan-out by default; across API instances through Redis when a URL is given: every instance publishes
 * what its outbox relay claims, and every subscriber on any instance receives it.
 */
export function createEventBus(redisUrl: string | undefined, channelPrefix = "o2o:") {
  if (!redisUrl) return { pubSub: createPubSub(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const eventTarget = prefixed(createRedisEventTarget({ publishClient, subscribeClient }), channelPrefix);
  return {
    pubSub: createPubSub({ eventTarget }),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
export type AppPubSub = EventBus["pubSub"];
