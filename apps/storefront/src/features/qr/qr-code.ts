// A QR code encoder (ISO/IEC 18004) for the payment and pickup codes: byte mode, error correction level M, versions
// 1–10 (up to 213 bytes), the mask with the lowest penalty. Pure: returns the module matrix; qr-image.tsx draws it.

const TOTAL_CODEWORDS = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346];
const ECC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
const ALIGNMENT = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];
const MAX_VERSION = 10;

/** Data bytes a version holds at level M (after mode and length headers). */
function capacityBytes(version: number): number {
  const dataCodewords = (TOTAL_CODEWORDS[version - 1] ?? 0) - (BLOCKS[version - 1] ?? 0) * (ECC_PER_BLOCK[version - 1] ?? 0);
  const headerBits = 4 + (version < 10 ? 8 : 16);
  return Math.floor((dataCodewords * 8 - headerBits) / 8);
}

function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j] ?? 0, root);
      if (j + 1 < degree) result[j] = (result[j] ?? 0) ^ (result[j + 1] ?? 0);
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

function rsRemainder(data: number[], divisor: number[]): number[] {
  const result = divisor.map(() => 0);
  for (const b of data) {
    const factor = b ^ (result.shift() ?? 0);
    result.push(0);
    divisor.forEach((coef, i) => {
      result[i] = (result[i] ?? 0) ^ gfMultiply(coef, factor);
    });
  }
  return result;
}

/** Mode, length, data, terminator and pad bytes: the version's data codewords. */
function dataCodewords(bytes: Uint8Array, version: number): number[] {
  const total = (TOTAL_CODEWORDS[version - 1] ?? 0) - (BLOCKS[version - 1] ?? 0) * (ECC_PER_BLOCK[version - 1] ?? 0);
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4);
  push(bytes.length, version < 10 ? 8 : 16);
  for (const b of bytes) push(b, 8);
  push(0, Math.min(4, total * 8 - bits.length));
  while (bits.length % 8 !== 0) bits.push(0);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((acc, bit) => (acc << 1) | bit, 0));
  for (let pad = 0xec; out.length < total; pad ^= 0xec ^ 0x11) out.push(pad);
  return out;
}

/** Splits into blocks, appends each block's error correction, interleaves. */
function withErrorCorrection(data: number[], version: number): number[] {
  const blocks = BLOCKS[version - 1] ?? 1;
  const eccLength = ECC_PER_BLOCK[version - 1] ?? 0;
  const raw = TOTAL_CODEWORDS[version - 1] ?? 0;
  const shortBlocks = blocks - (raw % blocks);
  const shortLength = Math.floor(raw / blocks);
  const divisor = rsDivisor(eccLength);
  const all: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const length = shortLength - eccLength + (i < shortBlocks ? 0 : 1);
    const block = data.slice(k, k + length);
    k += length;
    const ecc = rsRemainder(block, divisor);
    if (i < shortBlocks) block.push(-1); // placeholder so data columns line up
    all.push([...block, ...ecc]);
  }
  const out: number[] = [];
  for (let i = 0; i < (all[0]?.length ?? 0); i++) {
    for (const block of all) {
      const value = block[i];
      if (value !== undefined && value >= 0) out.push(value);
    }
  }
  return out;
}

type Grid = { size: number; dark: boolean[][]; fixed: boolean[][] };

function newGrid(version: number): Grid {
  const size = 17 + 4 * version;
  return {
    size,
    dark: Array.from({ length: size }, () => new Array<boolean>(size).fill(false)),
    fixed: Array.from({ length: size }, () => new Array<boolean>(size).fill(false)),
  };
}

function setFixed(g: Grid, x: number, y: number, dark: boolean): void {
  const row = g.dark[y];
  const fixedRow = g.fixed[y];
  if (!row || !fixedRow || x < 0 || x >= g.size) return;
  row[x] = dark;
  fixedRow[x] = true;
}

function drawFunctionPatterns(g: Grid, version: number): void {
  const { size } = g;
  for (let i = 0; i < size; i++) {
    setFixed(g, 6, i, i % 2 === 0);
    setFixed(g, i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) setFixed(g, x, y, d !== 2 && d !== 4);
      }
    }
  }
  const positions = ALIGNMENT[version - 1] ?? [];
  const last = positions.length - 1;
  positions.forEach((cx, i) => {
    positions.forEach((cy, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) setFixed(g, cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    });
  });
  drawFormatBits(g, 0); // reserves the areas; redrawn with the chosen mask
  if (version >= 7) {
    let rem = version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const bit = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      setFixed(g, a, b, bit);
      setFixed(g, b, a, bit);
    }
  }
}

function drawFormatBits(g: Grid, mask: number): void {
  const data = (0b00 << 3) | mask; // level M
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  const { size } = g;
  for (let i = 0; i <= 5; i++) setFixed(g, 8, i, bit(i));
  setFixed(g, 8, 7, bit(6));
  setFixed(g, 8, 8, bit(7));
  setFixed(g, 7, 8, bit(8));
  for (let i = 9; i < 15; i++) setFixed(g, 14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) setFixed(g, size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) setFixed(g, 8, size - 15 + i, bit(i));
  setFixed(g, 8, size - 8, true);
}

function placeData(g: Grid, codewords: number[]): void {
  const { size } = g;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? size - 1 - vert : vert;
        if (!g.fixed[y]?.[x] && i < codewords.length * 8) {
          const row = g.dark[y];
          if (row) row[x] = (((codewords[i >>> 3] ?? 0) >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
    }
  }
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function applyMask(g: Grid, mask: number): void {
  const test = MASKS[mask] ?? MASKS[0]!;
  for (let y = 0; y < g.size; y++) {
    const row = g.dark[y];
    if (!row) continue;
    for (let x = 0; x < g.size; x++) if (!g.fixed[y]?.[x] && test(x, y)) row[x] = !row[x];
  }
}

/** Runs of 5+ same-colour modules, 2×2 blocks, finder look-alikes and dark/light imbalance (the standard's N1–N4). */
export function penalty(dark: boolean[][]): number {
  const size = dark.length;
  const at = (x: number, y: number) => dark[y]?.[x] ?? false;
  let score = 0;
  const finder = [true, false, true, true, true, false, true];
  for (let pass = 0; pass < 2; pass++) {
    for (let a = 0; a < size; a++) {
      let run = 1;
      for (let b = 1; b <= size; b++) {
        const same = b < size && (pass === 0 ? at(b, a) === at(b - 1, a) : at(a, b) === at(a, b - 1));
        if (same) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
      }
      for (let b = 0; b + 7 <= size; b++) {
        const matches = finder.every((f, k) => (pass === 0 ? at(b + k, a) : at(a, b + k)) === f);
        if (!matches) continue;
        const lightBefore = [1, 2, 3, 4].every((k) => b - k < 0 || !(pass === 0 ? at(b - k, a) : at(a, b - k)));
        const lightAfter = [0, 1, 2, 3].every((k) => b + 7 + k >= size || !(pass === 0 ? at(b + 7 + k, a) : at(a, b + 7 + k)));
        if (lightBefore || lightAfter) score += 40;
      }
    }
  }
  let darkCount = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (at(x, y)) darkCount++;
      if (x + 1 < size && y + 1 < size && at(x, y) === at(x + 1, y) && at(x, y) === at(x, y + 1) && at(x, y) === at(x + 1, y + 1))
        score += 3;
    }
  }
  const total = size * size;
  score += Math.floor(Math.abs(darkCount * 20 - total * 10) / total) * 10;
  return score;
}

/** The QR code of a text (UTF-8) as rows of dark (true) and light modules, without the quiet zone. */
export function encodeQr(text: string): boolean[][] {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  while (version <= MAX_VERSION && capacityBytes(version) < bytes.length) version++;
  if (version > MAX_VERSION) throw new Error(`QR payload too long (${bytes.length} bytes, at most ${capacityBytes(MAX_VERSION)})`);
  const codewords = withErrorCorrection(dataCodewords(bytes, version), version);
  let best: { dark: boolean[][]; score: number } | null = null;
  for (let mask = 0; mask < 8; mask++) {
    const g = newGrid(version);
    drawFunctionPatterns(g, version);
    placeData(g, codewords);
    applyMask(g, mask);
    drawFormatBits(g, mask);
    const score = penalty(g.dark);
    if (!best || score < best.score) best = { dark: g.dark, score };
  }
  return best?.dark ?? [];
}
