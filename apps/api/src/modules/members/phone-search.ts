import { normaliseMobileNumber } from "@o2o/domain";

/**
 * The digits to look for in stored (normalised) phone numbers when a search looks like a whole or partial mobile
 * number ("+86 138-0000", "0001", full-width digits); null when it looks like anything else, e.g. a name.
 */
export function phoneFragment(search: string): string | null {
  const text = search.normalize("NFKC").trim();
  if (!/^\+?[\d\s\-().]+$/.test(text)) return null;
  const whole = normaliseMobileNumber(text);
  if (whole.ok) return whole.mobile;
  return text.replace(/^\+86/, "").replace(/\D/g, "") || null;
}
