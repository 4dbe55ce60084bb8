import { describe, expect, it } from "vitest";
import { DEFAULT_WEDGE_CONFIG, detectScans, feedWedge, INITIAL_WEDGE_STATE, type WedgeKey } from "./wedge-detector";

/** Keys of `text` typed `gapMs` apart from `start`, then Enter `enterGapMs` after the last one. */
function typed(text: string, gapMs: number, start = 0, enterGapMs = gapMs): WedgeKey[] {
  const keys = Array.from(text, (key, i) => ({ key, at: start + i * gapMs }));
  const last = keys.at(-1)?.at ?? start - enterGapMs;
  return [...keys, { key: "Enter", at: last + enterGapMs }];
}

function keysOf(text: string, gapMs: number, start: number): WedgeKey[] {
  return Array.from(text, (key, i) => ({ key, at: start + i * gapMs }));
}

describe("feedWedge / detectScans", () => {
  const cases: { name: string; keys: WedgeKey[]; scans: string[] }[] = [
    { name: "an EAN-13 typed 8 ms apart, then Enter", keys: typed("6901234567892", 8), scans: ["6901234567892"] },
    {
      name: "an average pace exactly at the limit still counts",
      keys: typed("20000012", DEFAULT_WEDGE_CONFIG.maxAverageGapMs),
      scans: ["20000012"],
    },
    {
      name: "a hiccup in the middle (70 ms, as measured in Chromium) keeps the whole code",
      keys: [...keysOf("2000000", 5, 0), ...typed("006000", 5, 100)],
      scans: ["2000000006000"],
    },
    {
      name: "a 230 ms stall of a busy page in the middle keeps the whole code",
      keys: [...keysOf("2000000", 6, 0), ...typed("000022", 8, 266)],
      scans: ["2000000000022"],
    },
    { name: "a person typing 120 ms apart is not a scan", keys: typed("6901234567892", 120), scans: [] },
    { name: "a fast typist (70 ms apart, inside one burst) is not a scan", keys: typed("6901234567892", 70), scans: [] },
    { name: "too short a burst is not a scan", keys: typed("12345", 5), scans: [] },
    { name: "Enter alone is not a scan", keys: [{ key: "Enter", at: 0 }], scans: [] },
    { name: "Enter long after a fast burst is not a scan", keys: typed("6901234567892", 5, 0, 400), scans: [] },
    {
      name: "hand-typed keys before the scanner are dropped at the pause",
      keys: [...keysOf("ab", 300, 0), ...typed("6901234567892", 6, 1000)],
      scans: ["6901234567892"],
    },
    {
      name: "a pause inside the burst restarts it, leaving too few characters",
      keys: [...keysOf("1234", 5, 0), ...typed("5678", 5, 500)],
      scans: [],
    },
    {
      name: "Shift between characters (capital letters) does not break a scan",
      keys: [{ key: "Shift", at: 0 }, { key: "S", at: 2 }, { key: "Shift", at: 6 }, { key: "K", at: 8 }, ...typed("U-0042", 6, 14)],
      scans: ["SKU-0042"],
    },
    {
      name: "Backspace cancels the burst",
      keys: [...keysOf("690123", 5, 0), { key: "Backspace", at: 32 }, ...typed("4567", 5, 36)],
      scans: [],
    },
    {
      name: "a shortcut (Ctrl+V) cancels the burst",
      keys: [...keysOf("690123", 5, 0), { key: "v", at: 32, ctrlKey: true }, { key: "Enter", at: 36 }],
      scans: [],
    },
    {
      name: "two scans in a row are both reported",
      keys: [...typed("6901234567892", 5, 0), ...typed("20000012", 5, 600)],
      scans: ["6901234567892", "20000012"],
    },
    { name: "a burst longer than maxLength is noise", keys: typed("1".repeat(DEFAULT_WEDGE_CONFIG.maxLength + 1), 3), scans: [] },
  ];

  for (const c of cases) {
    it(c.name, () => {
      expect(detectScans(c.keys)).toEqual(c.scans);
    });
  }

  it("honours a custom configuration", () => {
    const slowScanner = { ...DEFAULT_WEDGE_CONFIG, maxAverageGapMs: 90, minLength: 4 };
    expect(detectScans(typed("4711", 80), slowScanner)).toEqual(["4711"]);
    expect(detectScans(typed("47110042", 80), slowScanner)).toEqual(["47110042"]);
    expect(detectScans(typed("47110042", 80))).toEqual([]);
  });

  it("reports the scan on the Enter keystroke and resets", () => {
    let state = INITIAL_WEDGE_STATE;
    for (const key of keysOf("123456", 4, 0)) {
      const step = feedWedge(state, key);
      expect(step.scan).toBeNull();
      state = step.state;
    }
    const enter = feedWedge(state, { key: "Enter", at: 24 });
    expect(enter.scan).toBe("123456");
    expect(enter.state).toEqual(INITIAL_WEDGE_STATE);
  });
});
