// Invalid input is a bug (the API validates at the edge), so these throw instead of returning an error value.

// Rule: amounts and counts are safe integers.
export function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer, got ${value}`);
}

// Rule: prices, balances and quantities on hand are never negative.
export function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
  }
}

// Rule: a line, tender or movement quantity is at least one.
export function assertPositiveInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive safe integer, got ${value}`);
  }
}

// Rule: a share is 0-10000 basis points.
export function assertBps(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > 10_000) {
    throw new RangeError(`${name} must be basis points between 0 and 10000, got ${value}`);
  }
}
