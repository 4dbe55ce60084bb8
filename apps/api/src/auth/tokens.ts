import { createHash, createHmac, createSecretKey, type KeyObject, randomBytes, timingSafeEqual } from "node:crypto";

export type PrincipalKind = "STAFF" | "MEMBER";

/** What a signed access token says: the session, who, which merchant, and when it expires (unix seconds). */
export type AccessClaims = { sid: string; sub: string; kind: PrincipalKind; mid: string; exp: number };

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString("base64url");

/** Signs short-lived access tokens (HMAC-SHA256) and makes opaque refresh tokens. */
export class TokenSigner {
  private readonly key: KeyObject;
  /** Tokens already checked, by their exact text: a till sends the same token with every request for 15 minutes. */
  private readonly verified = new Map<string, AccessClaims>();

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, "utf8"));
  }

  sign(claims: AccessClaims): string {
    const payload = b64url(JSON.stringify(claims));
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claims of a well-formed, correctly signed, unexpired token; null otherwise. */
  verify(token: string, nowSeconds = Math.floor(Date.now() / 1000)): AccessClaims | null {
    const known = this.verified.get(token);
    if (known) return known.exp > nowSeconds ? known : null;
    const claims = this.check(token, nowSeconds);
    if (claims) {
      if (this.verified.size >= 10_000) this.verified.clear();
      this.verified.set(token, claims);
    }
    return claims;
  }

  private check(token: string, nowSeconds: number): AccessClaims | null {
    const [payload, mac, extra] = token.split(".");
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as AccessClaims;
      if (typeof claims.exp !== "number" || claims.exp <= nowSeconds) return null;
      if (claims.kind !== "STAFF" && claims.kind !== "MEMBER") return null;
      return claims;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac("sha256", this.key).update(payload).digest("base64url");
  }
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Refresh tokens and one-time codes are stored only as this hash. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** "Bearer abc" → "abc". */
export function bearer(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
