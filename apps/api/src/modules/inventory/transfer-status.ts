import type { TransferStatus } from "../../generated/prisma/enums.ts";

export type TransferEvent = "SHIP" | "RECEIVE" | "CLOSE" | "CANCEL";

export type TransferRefusalCode = "TRANSFER_ALREADY_SHIPPED" | "TRANSFER_NOT_SHIPPED" | "TRANSFER_ALREADY_RECEIVED" | "TRANSFER_CANCELLED";

type Row = { from: readonly TransferStatus[]; event: TransferEvent; to: TransferStatus };
type Refusal = { from: readonly TransferStatus[]; event: TransferEvent; code: TransferRefusalCode; message: string };

/**
 * The transfer state machine as data. REQUESTED → SHIPPED (the source ships once; lines it leaves out are never
 * shipped) → RECEIVED (closed: either everything shipped arrived, or the destination closed it and what is still in
 * transit is written off as lost). Receiving keeps a transfer SHIPPED while anything is still in transit, so a late
 * parcel can still be received. Only a REQUESTED transfer can be cancelled: shipped stock must be received or written off.
 */
const TRANSITIONS: readonly Row[] = [
  { from: ["REQUESTED"], event: "SHIP", to: "SHIPPED" },
  { from: ["SHIPPED"], event: "RECEIVE", to: "SHIPPED" },
  { from: ["SHIPPED"], event: "CLOSE", to: "RECEIVED" },
  { from: ["REQUESTED"], event: "CANCEL", to: "CANCELLED" },
];

const REFUSALS: readonly Refusal[] = [
  { from: ["CANCELLED"], event: "SHIP", code: "TRANSFER_CANCELLED", message: "The transfer was cancelled." },
  { from: ["CANCELLED"], event: "RECEIVE", code: "TRANSFER_CANCELLED", message: "The transfer was cancelled." },
  { from: ["CANCELLED"], event: "CLOSE", code: "TRANSFER_CANCELLED", message: "The transfer was cancelled." },
  { from: ["CANCELLED"], event: "CANCEL", code: "TRANSFER_CANCELLED", message: "The transfer is already cancelled." },
  { from: ["SHIPPED", "RECEIVED"], event: "SHIP", code: "TRANSFER_ALREADY_SHIPPED", message: "The transfer has already been shipped." },
  {
    from: ["SHIPPED", "RECEIVED"],
    event: "CANCEL",
    code: "TRANSFER_ALREADY_SHIPPED",
    message: "A shipped transfer cannot be cancelled; receive or close it.",
  },
  { from: ["REQUESTED"], event: "RECEIVE", code: "TRANSFER_NOT_SHIPPED", message: "The transfer has not been shipped yet." },
  { from: ["REQUESTED"], event: "CLOSE", code: "TRANSFER_NOT_SHIPPED", message: "The transfer has not been shipped yet." },
  { from: ["RECEIVED"], event: "RECEIVE", code: "TRANSFER_ALREADY_RECEIVED", message: "The transfer is already received and closed." },
  { from: ["RECEIVED"], event: "CLOSE", code: "TRANSFER_ALREADY_RECEIVED", message: "The transfer is already received and closed." },
];

export type TransferGuard = { ok: true; to: TransferStatus } | { ok: false; code: TransferRefusalCode; message: string };

/** Whether `event` may happen to a transfer in `status`, and the reason code when not. */
export function transferTransition(status: TransferStatus, event: TransferEvent): TransferGuard {
  const row = TRANSITIONS.find((r) => r.event === event && r.from.includes(status));
  if (row) return { ok: true, to: row.to };
  const refusal = REFUSALS.find((r) => r.event === event && r.from.includes(status));
  if (refusal) return { ok: false, code: refusal.code, message: refusal.message };
  throw new Error(`transfer transition table has no row for ${event} from ${status}`);
}

/** The statuses an event may leave from: the WHERE clause of the conditional status update that claims a transfer. */
export function statusesAllowing(event: TransferEvent): TransferStatus[] {
  return TRANSITIONS.filter((r) => r.event === event).flatMap((r) => [...r.from]);
}
