import { bulkInsert } from "../db/bulk-insert.ts";
import type { RawSql } from "../db/sql-client.ts";
import type { Topic, TopicPayloads } from "./topics.ts";

export type OutboxMessage = { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic];

/** The topic of an outbox row that carries several messages (a payload of `OutboxMessage[]`), published in order. */
export const BATCH_TOPIC = "BATCH";

/** Records an event in the same transaction as the change it describes; the relay publishes it after commit. */
export async function emit<T extends Topic>(tx: RawSql, topic: T, payload: TopicPayloads[T]): Promise<void> {
  await emitAll(tx, [{ topic, payload } as OutboxMessage]);
}

/** Several events, of any topics, in one statement. */
export async function emitAll(tx: RawSql, messages: OutboxMessage[]): Promise<void> {
  await bulkInsert(
    tx,
    "OutboxEvent",
    [
      { name: "topic", type: "text" },
      { name: "payload", type: "jsonb" },
    ],
    messages.map((m) => [m.topic, m.payload]),
  );
}

/**
 * SQL inserting ONE outbox row that carries every message the given queries yield (each a SELECT of `topic` and
 * `payload` columns), in query order; nothing when they yield none. For a write of many events in one statement (a
 * till sale's order and stock events): one row to insert, claim and mark instead of one per event.
 */
export function batchEventSql(selects: string[]): string {
  const parts = selects.map((s, i) => `SELECT ${i} AS part, q.topic, q.payload FROM (${s}) q`).join("\nUNION ALL\n");
  return `INSERT INTO "OutboxEvent" ("topic", "payload")
     SELECT '${BATCH_TOPIC}', jsonb_agg(jsonb_build_object('topic', e.topic, 'payload', e.payload) ORDER BY e.part)
       FROM (${parts}) e HAVING count(*) > 0`;
}

/** The messages an outbox row stands for: itself, or the messages of a batch row. */
export function outboxMessages(topic: string, payload: unknown): { topic: string; payload: unknown }[] {
  return topic === BATCH_TOPIC ? (payload as { topic: string; payload: unknown }[]) : [{ topic, payload }];
}
