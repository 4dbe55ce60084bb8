import { type DomainError, domainError, type OrderStateErrorCode } from "../errors.ts";

/** One allowed move: `event` takes any status in `from` to `to`. */
export interface TransitionRow<S extends string, E extends string> {
  readonly from: readonly S[];
  readonly event: E;
  readonly to: S;
}

/** A move that is refused for a known business reason, reported with its own code instead of INVALID_TRANSITION. */
export interface RefusalRow<S extends string, E extends string> {
  readonly from: readonly S[];
  readonly event: E;
  readonly code: OrderStateErrorCode;
  readonly message: string;
}

export type TransitionResult<S extends string> = { readonly ok: true; readonly status: S } | DomainError<OrderStateErrorCode>;

// Rule: a state machine is its table; an event is allowed from a status only if a row says so.
export function lookUpTransition<S extends string, E extends string>(
  rows: readonly TransitionRow<S, E>[],
  refusals: readonly RefusalRow<S, E>[],
  status: S,
  event: E,
): TransitionResult<S> {
  for (const row of rows) {
    if (row.event === event && row.from.includes(status)) return { ok: true, status: row.to };
  }
  for (const refusal of refusals) {
    if (refusal.event === event && refusal.from.includes(status)) return domainError(refusal.code, refusal.message);
  }
  return domainError("INVALID_TRANSITION", `${event} is not allowed from ${status}`);
}

// Rule: the events a status accepts are the table rows leaving it (for enabling actions in the UI).
export function eventsFrom<S extends string, E extends string>(rows: readonly TransitionRow<S, E>[], status: S): E[] {
  const events: E[] = [];
  for (const row of rows) if (row.from.includes(status) && !events.includes(row.event)) events.push(row.event);
  return events;
}
