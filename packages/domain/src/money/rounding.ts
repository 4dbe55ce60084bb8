import { assertInteger } from "../input-assertions.ts";

/**
 * HALF_UP rounds halves away from zero (BigDecimal ROUND_HALF_UP); FLOOR towards -infinity; CEIL towards +infinity.
 */
export type RoundingMode = "HALF_UP" | "FLOOR" | "CEIL";

function roundQuotientNumber(numerator: number, denominator: number, mode: RoundingMode): number {
  // `%` and the exact division below are exact for safe integers, unlike Math.floor(n / d).
  let remainder = numerator % denominator;
  let quotient = (numerator - remainder) / denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  }
  if (remainder === 0) return quotient;
  if (mode === "FLOOR") return quotient;
  if (mode === "CEIL") return quotient + 1;
  const twice = remainder * 2;
  if (twice > denominator) return quotient + 1;
  if (twice < denominator) return quotient;
  return numerator >= 0 ? quotient + 1 : quotient;
}

function roundQuotientBig(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  let remainder = numerator % denominator;
  let quotient = numerator / denominator;
  if (remainder < 0n) {
    quotient -= 1n;
    remainder += denominator;
  }
  if (remainder === 0n || mode === "FLOOR") return quotient;
  if (mode === "CEIL") return quotient + 1n;
  const twice = remainder * 2n;
  if (twice > denominator) return quotient + 1n;
  if (twice < denominator) return quotient;
  return numerator >= 0n ? quotient + 1n : quotient;
}

function toSafeNumber(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError("rounded result is not a safe integer");
  return result;
}

// Rule: integer division with one explicit rounding mode; the only place money is divided.
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  assertInteger(numerator, "numerator");
  assertInteger(denominator, "denominator");
  if (denominator <= 0) throw new RangeError(`denominator must be positive, got ${denominator}`);
  return roundQuotientNumber(numerator, denominator, mode);
}

// Rule: round(a * b / d) computed exactly (BigInt when a * b leaves the safe integer range).
export function multiplyDivideRounded(a: number, b: number, denominator: number, mode: RoundingMode): number {
  assertInteger(a, "a");
  assertInteger(b, "b");
  assertInteger(denominator, "denominator");
  if (denominator <= 0) throw new RangeError(`denominator must be positive, got ${denominator}`);
  const product = a * b;
  if (Number.isSafeInteger(product)) return roundQuotientNumber(product, denominator, mode);
  return toSafeNumber(roundQuotientBig(BigInt(a) * BigInt(b), BigInt(denominator), mode));
}

// Rule: round(numerator / denominator) for BigInt inputs, for products of several factors (points earning).
export function divideRoundedBig(numerator: bigint, denominator: bigint, mode: RoundingMode): number {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  return toSafeNumber(roundQuotientBig(numerator, denominator, mode));
}
