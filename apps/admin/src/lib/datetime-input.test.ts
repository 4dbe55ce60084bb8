import { describe, expect, it } from "vitest";
import { isoToLocalInput, localInputToIso } from "./datetime-input";

describe("datetime-local inputs in China time", () => {
  it("shows and reads instants in UTC+8, whatever the browser's zone", () => {
    expect(isoToLocalInput("2026-11-24T06:05:00.000Z")).toBe("2026-11-24T14:05");
    expect(isoToLocalInput("2026-11-24T20:30:00.000Z")).toBe("2026-11-25T04:30");
    expect(localInputToIso("2026-11-24T14:05")).toBe("2026-11-24T06:05:00.000Z");
    expect(localInputToIso(isoToLocalInput("2026-03-01T16:00:00.000Z"))).toBe("2026-03-01T16:00:00.000Z");
  });

  it("treats empty and invalid values as missing", () => {
    expect(isoToLocalInput(null)).toBe("");
    expect(isoToLocalInput("not a date")).toBe("");
    expect(localInputToIso("")).toBeNull();
    expect(localInputToIso("2026-13-45T99:99")).toBeNull();
  });
});
