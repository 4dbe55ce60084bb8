export interface ValidityWindow {
  readonly startsAt?: Date | null;
  readonly endsAt?: Date | null;
}

export type WindowPosition = "BEFORE" | "WITHIN" | "AFTER";

// Rule: a validity window includes its start and excludes its end; a missing bound is open.
export function windowPosition(window: ValidityWindow, at: Date): WindowPosition {
  const t = at.getTime();
  if (window.startsAt != null && t < window.startsAt.getTime()) return "BEFORE";
  if (window.endsAt != null && t >= window.endsAt.getTime()) return "AFTER";
  return "WITHIN";
}

// Rule: something with a validity window is active when `at` falls inside it (start inclusive, end exclusive).
export function isActiveAt(window: ValidityWindow, at: Date): boolean {
  return windowPosition(window, at) === "WITHIN";
}
