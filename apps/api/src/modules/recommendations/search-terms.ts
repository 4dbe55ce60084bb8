import { pinyin } from "pinyin-pro";

/** A LIKE pattern matching `text` anywhere, with %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const HAN = /[\u4e00-\u9fff]/;

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Typos allowed in a word of this length: none below 4 letters, one up to 7, two beyond. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length <= 7 ? 1 : 2;
}

/**
 * The vocabulary word a mistyped Latin word (pinyin, English, SKU part) most likely meant: the nearest within the
 * allowed typos, ties broken by the shorter, then alphabetical word; null when nothing is close.
 */
export function correctWord(word: string, vocabulary: Iterable<string>): string | null {
  const w = word.toLowerCase();
  const max = allowedTypos(w.length);
  if (max === 0) return null;
  let best: { word: string; distance: number } | null = null;
  for (const candidate of vocabulary) {
    if (candidate === w) return null; // the word exists: nothing to correct
    const d = editDistance(w, candidate, max);
    if (d > max) continue;
    if (
      !best ||
      d < best.distance ||
      (d === best.distance && (candidate.length < best.word.length || (candidate.length === best.word.length && candidate < best.word)))
    ) {
      best = { word: candidate, distance: d };
    }
  }
  return best?.word ?? null;
}

/**
 * Second-chance patterns for a Chinese term that matched nothing: its full pinyin (so a homophone typo such as 纯绵
 * for 纯棉 still finds the product through its pinyin search words), and for 3+ characters the term with each
 * character in turn left as a wildcard (one wrong character).
 */
export function chineseFallbacks(term: string): { pinyin: string | null; wildcards: string[] } {
  if (!HAN.test(term)) return { pinyin: null, wildcards: [] };
  const full = pinyin(term, { toneType: "none", type: "array", nonZh: "consecutive" }).join("").replace(/\s+/g, "").toLowerCase();
  const chars = Array.from(term);
  const wildcards =
    chars.length >= 3
      ? chars.map((_, i) => {
          const escaped = chars.map((c) => c.replace(/[\\%_]/g, (x) => `\\${x}`));
          escaped[i] = "_";
          return `%${escaped.join("")}%`;
        })
      : [];
  return { pinyin: full && full !== term.toLowerCase() ? full : null, wildcards };
}

/** Latin words of a search text worth correcting towards (pinyin, English, SKU parts), 3+ letters. */
export function vocabularyWords(searchText: string): string[] {
  return searchText
    .toLowerCase()
    .split(/[\s/,;|()]+/)
    .filter((w) => w.length >= 3 && w.length <= 40 && /^[a-z0-9-]+$/.test(w));
}
