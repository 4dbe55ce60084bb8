import { bulkInsert } from "../db/bulk-insert.ts";
import type { RawSql } from "../db/sql-client.ts";
import type { Topic, TopicPayloads } from "./topics.ts";

export type OutboxMessage = { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic];

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
