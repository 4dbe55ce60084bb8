import { randomInt } from "node:crypto";

/** Human-friendly, sortable order numbers: channel letter + local date-time to the second + 4 random digits. */
export function newOrderNumber(prefix: "P" | "W" | "K" | "R", at = new Date()): string {
  const local = new Date(at.getTime() + 8 * 3600_000); // receipts show China Standard Time
  const stamp = local.toISOString().replace(/[-:T]/g, "").slice(2, 14);
  return `${prefix}${stamp}${String(randomInt(0, 10_000)).padStart(4, "0")}`;
}
