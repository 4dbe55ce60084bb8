// Field-by-field view of an audit row's before/after snapshots (JSON as the API stored it).

export type Change = "added" | "removed" | "changed" | "same";

/** One leaf field: its dotted path ("variants.0.basePrice"), both values (undefined = absent) and what happened. */
export type DiffRow = { path: string; before: unknown; after: unknown; change: Change; money: boolean };

// Amounts of 分 by the field's name (basePrice, costPrice, total, refundedTotal, lifetimeSpend, discount, amount…).
// Ratios (…Bps), points and counts never end in these words.
const MONEY_FIELD = /(price|amount|total|subtotal|cost|spend|discount|fee)$/i;

/** Whether a field holds money, by the last named segment of its path (array indexes skipped). */
export function isMoneyField(path: string): boolean {
  const name = path
    .split(".")
    .reverse()
    .find((segment) => !/^\d+$/.test(segment));
  return name !== undefined && MONEY_FIELD.test(name);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An array of objects is walked by index; an array of plain values (tags) is one value. */
const isWalkable = (value: unknown): value is Record<string, unknown> | unknown[] =>
  isPlainObject(value) || (Array.isArray(value) && value.some((v) => typeof v === "object" && v !== null));

/** Leaf values by dotted path, in the order they appear; an empty object or array is a leaf of its own. */
export function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (!isWalkable(value) || Object.keys(value).length === 0) {
    if (prefix || value !== undefined) out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `before` and `after` side by side, nested objects flattened to paths: changed fields only unless
 * `all`. A created entity (no before) shows every field as added, a deleted one every field as removed.
 */
export function auditDiff(before: unknown, after: unknown, options: { all?: boolean } = {}): DiffRow[] {
  const old = before == null ? new Map<string, unknown>() : flatten(before);
  const now = after == null ? new Map<string, unknown>() : flatten(after);
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  const rows = paths.map((path): DiffRow => {
    const [a, b] = [old.get(path), now.get(path)];
    const change: Change = !old.has(path) ? "added" : !now.has(path) ? "removed" : same(a, b) ? "same" : "changed";
    const money = isMoneyField(path) && [a, b].every((v) => v == null || Number.isInteger(v));
    return { path, before: a, after: b, change, money };
  });
  return options.all ? rows : rows.filter((r) => r.change !== "same");
}
