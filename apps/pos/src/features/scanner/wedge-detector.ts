// Keyboard-wedge barcode scanners "type" the code as very fast keystrokes and press Enter. This pure detector decides,
// key by key, whether what was typed was a scan: every gap between keys (and before Enter) is at most `maxGapMs`, and
// the code is `minLength` to `maxLength` characters long. People type far slower (100 ms+ between keys).

export type WedgeConfig = {
  /** Longest pause between two keystrokes of one scan. */
  maxGapMs: number;
  /** Shortest code accepted (EAN-8 is 8; short internal codes are 6+). */
  minLength: number;
  /** Longer bursts are noise (a key held down, a paste), not a scan. */
  maxLength: number;
};

export const DEFAULT_WEDGE_CONFIG: WedgeConfig = { maxGapMs: 50, minLength: 6, maxLength: 64 };

export type WedgeState = { buffer: string; lastAt: number | null };

export const INITIAL_WEDGE_STATE: WedgeState = { buffer: "", lastAt: null };

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
    const isScan = inBurst && state.buffer.length >= config.minLength && state.buffer.length <= config.maxLength;
    return { state: INITIAL_WEDGE_STATE, scan: isScan ? state.buffer : null };
  }

  if (event.key.length !== 1) return { state: INITIAL_WEDGE_STATE, scan: null };

  // A pause starts a new burst with this key: what came before was typed by hand.
  const buffer = inBurst ? state.buffer + event.key : event.key;
  return { state: { buffer: buffer.length > config.maxLength ? "" : buffer, lastAt: event.at }, scan: null };
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
