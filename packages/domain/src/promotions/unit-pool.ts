import type { WorkingLine } from "../pricing/cart-working-line.ts";

/**
 * Units of one line that are worth the same. A line's remaining amount R over quantity q splits into at most two
 * groups: R mod q units at floor(R/q) + 1 and the rest at floor(R/q), so unit values are integers summing to R.
 */
export interface UnitGroup {
  /** index into the lines the pool was built from */
  readonly position: number;
  readonly value: number;
  readonly count: number;
}

export type UnitOrder = "CHEAPEST_FIRST" | "DEAREST_FIRST";

// Rule: unit-based promotions pick units by value, cheapest or dearest first, ties by line (lineId order).
export function buildUnitPool(lines: readonly WorkingLine[], positions: readonly number[], order: UnitOrder): UnitGroup[] {
  const groups: UnitGroup[] = [];
  for (const position of positions) {
    const line = lines[position] as WorkingLine;
    const quantity = line.input.quantity;
    const low = Math.floor(line.remaining / quantity);
    const extra = line.remaining - low * quantity;
    if (quantity > extra) groups.push({ position, value: low, count: quantity - extra });
    if (extra > 0) groups.push({ position, value: low + 1, count: extra });
  }
  const direction = order === "CHEAPEST_FIRST" ? 1 : -1;
  // Lines arrive in lineId order, so position breaks ties independently of the client's line order.
  return groups.sort((a, b) => direction * (a.value - b.value) || a.position - b.position);
}

// Rule: quantity rules count physical units, whatever they still cost.
export function countUnits(lines: readonly WorkingLine[], positions: readonly number[]): number {
  let units = 0;
  for (const position of positions) units += (lines[position] as WorkingLine).input.quantity;
  return units;
}

// Rule: the first `units` units of the ordered pool are the ones discounted; adds their value to picked[position].
export function pickUnits(pool: readonly UnitGroup[], units: number, picked: number[]): void {
  let left = units;
  for (const group of pool) {
    if (left <= 0) return;
    const take = Math.min(left, group.count);
    picked[group.position] = (picked[group.position] as number) + take * group.value;
    left -= take;
  }
}

// Rule: sameItem promotions count and discount each variant on its own.
export function positionsByVariant(lines: readonly WorkingLine[]): number[][] {
  const groups = new Map<string, number[]>();
  lines.forEach((line, position) => {
    const group = groups.get(line.input.variantId);
    if (group === undefined) groups.set(line.input.variantId, [position]);
    else group.push(position);
  });
  return [...groups.values()];
}

// Every line of the pool (rules that mix items).
export function allPositions(lines: readonly WorkingLine[]): number[] {
  return lines.map((_, position) => position);
}
