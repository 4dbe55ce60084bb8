import { assertInteger, assertNonNegativeInteger } from "../input-assertions.ts";
import type { Money } from "./money.ts";

function distributeLeftover(parts: number[], leftover: number, byRemainderDesc: (a: number, b: number) => number): void {
  const order = Array.from({ length: parts.length }, (_, i) => i);
  order.sort((a, b) => byRemainderDesc(a, b) || a - b);
  for (let k = 0; k < leftover; k++) {
    const index = order[k] as number;
    parts[index] = (parts[index] as number) + 1;
  }
}

function allocateMagnitude(total: number, weights: readonly number[], weightSum: number): number[] {
  const count = weights.length;
  const parts = new Array<number>(count);
  let allocated = 0;
  if (Number.isSafeInteger(total * weightSum)) {
    const remainders = new Array<number>(count);
    for (let i = 0; i < count; i++) {
      const product = total * (weights[i] as number);
      const remainder = product % weightSum;
      const part = (product - remainder) / weightSum;
      parts[i] = part;
      remainders[i] = remainder;
      allocated += part;
    }
    if (total > allocated) {
      distributeLeftover(parts, total - allocated, (a, b) => (remainders[b] as number) - (remainders[a] as number));
    }
    return parts;
  }
  const bigTotal = BigInt(total);
  const bigSum = BigInt(weightSum);
  const remainders = new Array<bigint>(count);
  for (let i = 0; i < count; i++) {
    const product = bigTotal * BigInt(weights[i] as number);
    const part = Number(product / bigSum);
    parts[i] = part;
    remainders[i] = product % bigSum;
    allocated += part;
  }
  if (total > allocated) {
    distributeLeftover(parts, total - allocated, (a, b) => {
      const difference = (remainders[b] as bigint) - (remainders[a] as bigint);
      return difference > 0n ? 1 : difference < 0n ? -1 : 0;
    });
  }
  return parts;
}

/**
 * Rule: split a total across weights by largest remainder; parts sum exactly to the total, ties go to the lower index,
 * a zero weight gets nothing, and all-zero weights split evenly. A negative total is split as its magnitude.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  assertInteger(total, "total");
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError("cannot allocate a non-zero total across no weights");
  }
  let weightSum = 0;
  for (const weight of weights) {
    assertNonNegativeInteger(weight, "weight");
    weightSum += weight;
  }
  if (!Number.isSafeInteger(weightSum)) throw new RangeError("sum of weights is not a safe integer");
  const effective = weightSum === 0 ? weights.map(() => 1) : weights;
  const effectiveSum = weightSum === 0 ? weights.length : weightSum;
  const magnitude = allocateMagnitude(Math.abs(total), effective, effectiveSum);
  return total < 0 ? magnitude.map((part) => (part === 0 ? 0 : -part)) : magnitude;
}
