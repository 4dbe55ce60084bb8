// Deterministic randomness for the demo seed: the same seed gives the same shop, every run, on every machine.

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** A string of `length` characters drawn from `alphabet`. */
  code(length: number, alphabet?: string): string;
};

const UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** mulberry32: a 32-bit PRNG, tiny and good enough for demo data (never for secrets). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    code: (length, alphabet = UPPER_ALPHANUMERIC) => Array.from({ length }, () => pick([...alphabet])).join(""),
  };
}

export type IdFactory = () => string;

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * cuid-shaped ids ("c" + 24 base-36 characters) assigned before insert, so rows can be linked and written with
 * createMany in a few statements. A counter keeps them unique and sortable in creation order; the random tail keeps
 * them unguessable-looking like the ids Prisma generates.
 */
export function createIdFactory(seed: number): IdFactory {
  const random = createRandom(seed);
  const stamp = (Date.UTC(2024, 0, 1) / 1000).toString(36).padStart(8, "0");
  let counter = 0;
  return () => {
    counter += 1;
    return `c${stamp}${counter.toString(36).padStart(8, "0")}${random.code(8, BASE36)}`;
  };
}
