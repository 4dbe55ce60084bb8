// The referral code of the share link a shopper arrived through, kept for a week and sent with their next checkout.
const STORAGE_KEY = "o2o.referral";
const TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A code as it may appear in a link: 4 to 16 letters or digits, upper-cased; null otherwise. */
export function normaliseReferralCode(raw: string | null | undefined): string | null {
  const code = raw?.trim().toUpperCase() ?? "";
  return /^[A-Z0-9]{4,16}$/.test(code) ? code : null;
}

export function rememberReferral(code: string, now = Date.now()): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ code, at: now }));
  } catch {
    // Not remembered: the order simply carries no referral.
  }
}

export function storedReferral(now = Date.now()): string | null {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null") as { code?: string; at?: number } | null;
    if (!parsed?.code || typeof parsed.at !== "number" || now - parsed.at > TTL_MS) return null;
    return normaliseReferralCode(parsed.code);
  } catch {
    return null;
  }
}

export function forgetReferral(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** The link a member shares: the product page with their referral code. */
export function shareLink(origin: string, productId: string, referralCode: string | null): string {
  const url = new URL(`/product/${encodeURIComponent(productId)}`, origin);
  if (referralCode) url.searchParams.set("ref", referralCode);
  return url.toString();
}
