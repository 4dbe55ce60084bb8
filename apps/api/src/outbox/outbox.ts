import type { Tx } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Topic, TopicPayloads } from "./topics.ts";

/** Records an event in the same transaction as the change it describes; the relay publishes it after commit. */
export async function emit<T extends Topic>(tx: Tx, topic: T, payload: TopicPayloads[T]): Promise<void> {
  await tx.outboxEvent.create({ data: { topic, payload: payload as unknown as Prisma.InputJsonObject } });
}

/** Several events in one statement. */
export async function emitMany<T extends Topic>(tx: Tx, topic: T, payloads: TopicPayloads[T][]): Promise<void> {
  if (payloads.length === 0) return;
  await tx.outboxEvent.createMany({ data: payloads.map((payload) => ({ topic, payload: payload as unknown as Prisma.InputJsonObject })) });
}
