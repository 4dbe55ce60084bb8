import { type DomainError, domainError, type Result } from "../errors.ts";

export type MobileNumberResult = Result<{ readonly mobile: string }, DomainError<"PHONE_INVALID">>;

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

// Rule: a mainland China mobile is 11 digits 1[3-9]xxxxxxxxx; +86 / 0086 / 86 prefixes, spaces, dashes, dots and
// brackets are dropped and full-width digits are accepted.
export function normaliseMobileNumber(input: string): MobileNumberResult {
  let digits = input.normalize("NFKC").replace(/[\s\-.()]/g, "");
  if (digits.startsWith("+86")) digits = digits.slice(3);
  else if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
  if (!MAINLAND_MOBILE.test(digits)) {
    return domainError("PHONE_INVALID", "not a valid mainland China mobile number");
  }
  return { ok: true, mobile: digits };
}

// Rule: receipts and staff screens show a mobile as 138****5678 (PIPL data minimisation).
export function maskMobileNumber(mobile: string): string {
  if (mobile.length !== 11) return mobile.replace(/\d(?=\d{4})/g, "*");
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}
