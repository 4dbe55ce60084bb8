import type { Prisma } from "../generated/prisma/client.ts";
import type { IdFactory, Random } from "./seed-random.ts";

/** What every part of the demo seed works with: one transaction, one id source, one clock. */
export type SeedContext = {
  db: Prisma.TransactionClient;
  merchantId: string;
  ids: IdFactory;
  /** The seed's "now": history lies before it, schedules after it. */
  now: Date;
};

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export function minutesFrom(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

/** Midnight (China Standard Time) of the day `daysAgo` days before `now`, as a UTC instant. */
export function chinaMidnight(now: Date, daysAgo: number): Date {
  const local = now.getTime() + CHINA_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - CHINA_OFFSET_MS - daysAgo * DAY_MS);
}

/** yyyymmdd of the China Standard Time calendar day of `at`. */
export function chinaDateKey(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll("-", "");
}

/** A random instant between `from` and `to`. */
export function randomInstant(random: Random, from: Date, to: Date): Date {
  return new Date(from.getTime() + Math.floor(random.next() * (to.getTime() - from.getTime())));
}

// 1,000 rows keeps the widest table well under PostgreSQL's 65,535 bind parameters per statement.
const BATCH_SIZE = 1000;

/** Writes rows with createMany in batches and returns how many were written. */
export async function insertInBatches<Row>(rows: readonly Row[], write: (batch: Row[]) => Promise<{ count: number }>): Promise<number> {
  let count = 0;
  for (let i = 0; i < rows.length; i += BATCH_SIZE) count += (await write(rows.slice(i, i + BATCH_SIZE))).count;
  return count;
}
