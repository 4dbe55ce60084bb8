import { gs1CheckDigit, isValidEan13 } from "@o2o/domain";

const L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"];
const G = ["0100111", "0110011", "0011011", "0100001", "0011101", "0111001", "0000101", "0010001", "0001001", "0010111"];
const R = L.map((code) => [...code].map((bit) => (bit === "1" ? "0" : "1")).join(""));
const PARITY = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"];

/** The 95 modules of an EAN-13 symbol ("1" = bar), or null when the code or its check digit is wrong. */
export function ean13Modules(code: string): string | null {
  if (!isValidEan13(code)) return null;
  const digits = [...code].map(Number);
  const parity = PARITY[digits[0] ?? 0] ?? "LLLLLL";
  let bits = "101";
  for (let i = 1; i <= 6; i++) bits += (parity[i - 1] === "G" ? G : L)[digits[i] ?? 0];
  bits += "01010";
  for (let i = 7; i <= 12; i++) bits += R[digits[i] ?? 0];
  return `${bits}101`;
}

/** Runs of bars as [start module, width] pairs, for drawing as SVG rectangles. */
export function barRuns(modules: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < modules.length; i++) {
    if (modules[i] !== "1") continue;
    const start = i;
    while (modules[i + 1] === "1") i++;
    runs.push([start, i - start + 1]);
  }
  return runs;
}

/** A fresh in-store EAN-13 (prefix 20–29 is reserved for in-store use), from 10 random digits. */
export function randomInStoreEan13(random: () => number = Math.random): string {
  let payload = "20";
  for (let i = 0; i < 10; i++) payload += String(Math.floor(random() * 10));
  return payload + String(gs1CheckDigit(payload));
}
