// Soft backgrounds for the image placeholder, picked by the product id so a product keeps its colour everywhere.
const TINTS = ["#fff1ec", "#eef6ff", "#f1f8ee", "#fff8e6", "#f6f0ff", "#ecfaf7"];

export function tintFor(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return TINTS[hash % TINTS.length] ?? "#fff1ec";
}
