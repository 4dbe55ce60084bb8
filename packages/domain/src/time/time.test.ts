import { describe, expect, it } from "vitest";
import { addCalendarMonths } from "./calendar-months.ts";
import { localTimeParts } from "./local-time.ts";
import { isActiveAt, windowPosition } from "./validity-window.ts";

describe("localTimeParts", () => {
  it.each([
    ["2025-06-10T16:00:00Z", 480, { year: 2025, month: 6, day: 11, dayOfWeek: 3, minuteOfDay: 0, monthDay: "06-11" }],
    ["2025-06-10T16:00:00Z", 0, { year: 2025, month: 6, day: 10, dayOfWeek: 2, minuteOfDay: 960, monthDay: "06-10" }],
    ["2024-12-31T23:59:00Z", 480, { year: 2025, month: 1, day: 1, dayOfWeek: 3, minuteOfDay: 479, monthDay: "01-01" }],
  ])("%s at %i", (iso, offset, expected) => {
    expect(localTimeParts(new Date(iso), offset)).toEqual(expected);
  });
});

describe("addCalendarMonths", () => {
  it.each([
    ["2025-03-31T10:00:00Z", -1, "2025-02-28T10:00:00.000Z"],
    ["2024-03-31T10:00:00Z", -1, "2024-02-29T10:00:00.000Z"],
    ["2025-06-15T00:00:00Z", -12, "2024-06-15T00:00:00.000Z"],
    ["2025-01-31T00:00:00Z", 1, "2025-02-28T00:00:00.000Z"],
    ["2025-11-15T00:00:00Z", 3, "2026-02-15T00:00:00.000Z"],
  ])("%s %+i months", (iso, months, expected) => {
    expect(addCalendarMonths(new Date(iso), months).toISOString()).toBe(expected);
  });
});

describe("validity windows", () => {
  const start = new Date("2025-06-01T00:00:00Z");
  const end = new Date("2025-07-01T00:00:00Z");
  it.each([
    ["2025-05-31T23:59:59.999Z", "BEFORE"],
    ["2025-06-01T00:00:00Z", "WITHIN"],
    ["2025-06-30T23:59:59.999Z", "WITHIN"],
    ["2025-07-01T00:00:00Z", "AFTER"],
  ])("%s is %s", (iso, expected) => {
    expect(windowPosition({ startsAt: start, endsAt: end }, new Date(iso))).toBe(expected);
  });

  it("open bounds", () => {
    expect(isActiveAt({}, new Date(0))).toBe(true);
    expect(isActiveAt({ startsAt: null, endsAt: end }, start)).toBe(true);
  });
});
