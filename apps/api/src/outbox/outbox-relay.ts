import type { SqlClient } from "../db/sql-client.ts";
import { outboxMessages } from "./outbox.ts";
import type { AppPubSub } from "./pubsub.ts";

const BATCH = 200;

/**
 * Publishes committed outbox events. Services kick it after each commit; a slow poll picks up whatever a crashed or
 * other instance left behind. Rows are claimed with FOR UPDATE SKIP LOCKED, so several instances never send one event
 * twice, and an event from a rolled-back transaction never exists to be sent.
 */
export class OutboxRelay {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private drains = 0;
  private paused = false;

  constructor(
    private readonly db: SqlClient,
    private readonly pubSub: AppPubSub,
    private readonly pollMs = 1000,
    /** Kicks wait this long before draining, so that under load one drain publishes the events of many commits. */
    private readonly gatherMs = 100,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
  }

  /** Drains pending events a few ms from now; kicks meanwhile coalesce. Resolves when the drain it joined is done. */
  kick(): Promise<void> {
    if (this.stopped || this.paused) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = new Promise((resolve) => setTimeout(resolve, this.gatherMs))
      .then(() => this.drain())
      .catch((error) => console.error("[outbox] relay failed", error))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.kick();
        }
      });
    return this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const claimed = await this.db.transaction(async (tx) => {
        // Claim and mark in one statement; the marks commit only after publishing, so a crash re-sends, never loses.
        const events = await tx.$queryRawUnsafe<{ id: bigint | number | string; topic: string; payload: unknown }[]>(
          `WITH claimed AS (SELECT id FROM "OutboxEvent" WHERE "publishedAt" IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
           UPDATE "OutboxEvent" e SET "publishedAt" = now() FROM claimed WHERE e.id = claimed.id RETURNING e.id, e.topic, e.payload`,
        );
        if (events.length === 0) return 0;
        // RETURNING comes in no particular order: publish in id order, as the events were written.
        events.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
        for (const event of events) {
          for (const m of outboxMessages(event.topic, event.payload)) this.pubSub.publish(m.topic as never, m.payload as never);
        }
        return events.length;
      });
      if (claimed < BATCH) break;
    }
    if (++this.drains % 600 === 0) {
      await this.db.$executeRawUnsafe(`DELETE FROM "OutboxEvent" WHERE "publishedAt" < now() - interval '1 day'`);
    }
  }

  /** Holds publishing (events stay in the outbox): lets a benchmark count one request's statements alone. */
  async pause(): Promise<void> {
    this.paused = true;
    await this.running;
  }

  resume(): Promise<void> {
    this.paused = false;
    return this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
