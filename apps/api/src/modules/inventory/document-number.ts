import { randomInt } from "node:crypto";
import { localTimeParts } from "@o2o/domain";

export type DocumentPrefix = "TR" | "ST";

const ATTEMPTS = 8;

/** "TR" + China-local date (YYMMDD) + 6 random digits, e.g. TR261124048213: short enough to read out over the phone. */
export function documentNumber(prefix: DocumentPrefix, at: Date): string {
  const { year, month, day } = localTimeParts(at);
  const date = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
  return `${prefix}${date}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/**
 * Inserts a numbered document. `insert` must use `ON CONFLICT ("number") DO NOTHING` and return null when the number was
 * taken, so a collision never aborts the surrounding transaction; a million numbers a day make retries rare. (Not the
 * order number sequence: transfers and counts would leave gaps in the orders' numbering.)
 */
export async function insertNumbered<T>(prefix: DocumentPrefix, at: Date, insert: (number: string) => Promise<T | null>): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const row = await insert(documentNumber(prefix, at));
    if (row !== null) return row;
  }
  throw new Error(`no free ${prefix} number after ${ATTEMPTS} attempts`);
}
