// Keyboard-wedge barcode scanners "type" the code as very fast keystrokes and press Enter. This pure detector decides,
// key by key, whether what was typed was a scan: the keys come as one burst (no pause longer than `maxGapMs`), at an
// average pace of at most `maxAverageGapMs` per key up to the Enter, and the code is `minLength` to `maxLength` long.
// The pace is averaged so one hiccup in the middle of a scan (USB or Bluetooth latency, a busy page) neither splits the
// code nor lets its tail pass as a shorter code; people type far slower (100 ms or more between keys).

export type WedgeConfig = {
  /** A longer pause ends the burst: the next key starts a new one. */
  maxGapMs: number;
  /** The slowest average pace, first key to Enter, that still counts as a scanner. */
  maxAverageGapMs: number;
  /** Shortest code accepted (EAN-8 is 8; short internal codes are 6+). */
  minLength: number;
  /** Longer bursts are noise (a key held down, a paste), not a scan. */
  maxLength: number;
};

// A busy till (pricing the last scan, loading its catalogue) can stall one key by 200 ms or more; the average pace still
// tells a scanner from a person, so a stall only ends the burst past maxGapMs.
export const DEFAULT_WEDGE_CONFIG: WedgeConfig = { maxGapMs: 300, maxAverageGapMs: 35, minLength: 6, maxLength: 64 };

export type WedgeState = { buffer: string; firstAt: number | null; lastAt: number | null };

export const INITIAL_WEDGE_STATE: WedgeState = { buffer: "", firstAt: null, lastAt: null };

export type WedgeKey = {
  /** `KeyboardEvent.key`. */
  key: string;
  /** Milliseconds on any monotonic clock (`KeyboardEvent.timeStamp`). */
  at: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
};

export type WedgeStep = {
  state: WedgeState;
  /** The scanned code when this key completed a scan, else null. */
  scan: string | null;
};

// Keys a scanner's emulated keyboard may interleave (Shift for capitals) without breaking the burst.
const TRANSPARENT_KEYS = new Set(["Shift", "CapsLock"]);

/** Feeds one keystroke to the detector and returns the next state, plus the code when the keystroke ended a scan. */
export function feedWedge(state: WedgeState, event: WedgeKey, config: WedgeConfig = DEFAULT_WEDGE_CONFIG): WedgeStep {
  if (TRANSPARENT_KEYS.has(event.key)) return { state, scan: null };
  if (event.ctrlKey || event.altKey || event.metaKey) return { state: INITIAL_WEDGE_STATE, scan: null };

  const inBurst = state.lastAt !== null && event.at - state.lastAt <= config.maxGapMs;

  if (event.key === "Enter") {
    const { buffer, firstAt } = state;
    const lengthOk = buffer.length >= config.minLength && buffer.length <= config.maxLength;
    // n characters and the Enter make n intervals.
    const paceOk = firstAt !== null && (event.at - firstAt) / buffer.length <= config.maxAverageGapMs;
    return { state: INITIAL_WEDGE_STATE, scan: inBurst && lengthOk && paceOk ? buffer : null };
  }

  if (event.key.length !== 1) return { state: INITIAL_WEDGE_STATE, scan: null };

  // A pause starts a new burst with this key: what came before was typed by hand.
  if (!inBurst || state.firstAt === null) return { state: { buffer: event.key, firstAt: event.at, lastAt: event.at }, scan: null };
  const buffer = state.buffer + event.key;
  if (buffer.length > config.maxLength) return { state: INITIAL_WEDGE_STATE, scan: null };
  return { state: { buffer, firstAt: state.firstAt, lastAt: event.at }, scan: null };
}

/** Runs a whole key sequence through the detector and returns every code it recognised, in order. */
export function detectScans(keys: readonly WedgeKey[], config: WedgeConfig = DEFAULT_WEDGE_CONFIG): string[] {
  const scans: string[] = [];
  let state = INITIAL_WEDGE_STATE;
  for (const key of keys) {
    const step = feedWedge(state, key, config);
    state = step.state;
    if (step.scan !== null) scans.push(step.scan);
  }
  return scans;
}
