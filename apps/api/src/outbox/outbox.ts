import type { Tx } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Topic, TopicPayloads } from "./topics.ts";

export type OutboxMessage = { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic];

/** Records an event in the same transaction as the change it describes; the relay publishes it after commit. */
export async function emit<T extends Topic>(tx: Tx, topic: T, payload: TopicPayloads[T]): Promise<void> {
  await tx.outboxEvent.create({ data: { topic, payload: payload as unknown as Prisma.InputJsonObject } });
}

/** Several events, of any topics, in one statement. */
export async function emitAll(tx: Tx, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.outboxEvent.createMany({
    data: messages.map((m) => ({ topic: m.topic, payload: m.payload as unknown as Prisma.InputJsonObject })),
  });
}
