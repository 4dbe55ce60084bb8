import type { TicketStatus } from "../../generated/prisma/enums.ts";

/**
 * Ticket states as data. OPEN waits for staff, PENDING for the member; RESOLVED can still be reopened (by staff, or by
 * the member replying); CLOSED is final: a member with more to say opens a new ticket.
 */
export const TICKET_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: ["PENDING", "RESOLVED", "CLOSED"],
  PENDING: ["OPEN", "RESOLVED", "CLOSED"],
  RESOLVED: ["OPEN", "CLOSED"],
  CLOSED: [],
};

export type TicketRefusal = {
  code: "TICKET_CLOSED" | "INVALID_STATUS_TRANSITION" | "TICKET_NOT_RESOLVED" | "ALREADY_RATED";
  message: string;
};

export function canMoveTicket(from: TicketStatus, to: TicketStatus): boolean {
  return TICKET_TRANSITIONS[from].includes(to);
}

/**
 * The status after a message, or a refusal: nobody writes on a closed ticket; a staff reply to an OPEN ticket makes it
 * PENDING (the member's turn); a member's reply to a PENDING or RESOLVED ticket makes it OPEN (staff's turn).
 */
export function statusAfterMessage(
  status: TicketStatus,
  author: "MEMBER" | "STAFF",
): { ok: true; status: TicketStatus } | ({ ok: false } & TicketRefusal) {
  if (status === "CLOSED") return { ok: false, code: "TICKET_CLOSED", message: "The ticket is closed; open a new one." };
  if (author === "STAFF") return { ok: true, status: status === "OPEN" ? "PENDING" : status };
  return { ok: true, status: "OPEN" };
}

/** A member rates a ticket once, after it was resolved. */
export function ratingRefusal(status: TicketStatus, rating: number | null): TicketRefusal | null {
  if (status !== "RESOLVED" && status !== "CLOSED") return { code: "TICKET_NOT_RESOLVED", message: "Rate the ticket once it is resolved." };
  if (rating !== null) return { code: "ALREADY_RATED", message: "The ticket has been rated already." };
  return null;
}
