// Rule: GS1 mod-10 check digit; weights 3,1,3,… counted from the digit next to the check digit.
export function gs1CheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) throw new RangeError(`GS1 payload must be digits, got "${payload}"`);
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const digit = payload.charCodeAt(payload.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

function hasValidCheckDigit(code: string, length: number): boolean {
  if (code.length !== length || !/^\d+$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === code.charCodeAt(length - 1) - 48;
}

// Rule: EAN-13 is 13 digits whose last digit is the GS1 check digit of the first 12.
export function isValidEan13(code: string): boolean {
  return hasValidCheckDigit(code, 13);
}

// Rule: UPC-A is 12 digits whose last digit is the GS1 check digit of the first 11.
export function isValidUpcA(code: string): boolean {
  return hasValidCheckDigit(code, 12);
}

// Rule: EAN-8 is 8 digits whose last digit is the GS1 check digit of the first 7.
export function isValidEan8(code: string): boolean {
  return hasValidCheckDigit(code, 8);
}
