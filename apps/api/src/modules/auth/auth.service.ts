import { randomInt } from "node:crypto";
import { normaliseMobileNumber } from "@o2o/domain";
import { DUMMY_HASH_PROMISE, verifyPassword } from "../../auth/password.ts";
import { RateLimiter } from "../../auth/rate-limiter.ts";
import type { SmsSender } from "../../auth/sms-sender.ts";
import { type AccessClaims, hashToken, newOpaqueToken, type PrincipalKind, TokenSigner } from "../../auth/tokens.ts";
import { RefreshingCache } from "../../cache/refreshing-cache.ts";
import { buildGrants, type Viewer } from "../../auth/viewer.ts";
import type { ApiConfig } from "../../config/env.ts";
import type { Db } from "../../db/client.ts";
import { invalidField, rateLimited, unauthenticated } from "../../errors/api-errors.ts";
import type { AuditWriter, RequestOrigin } from "../../audit/audit-writer.ts";

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
const CODE_TTL_MINUTES = 5;
const CODE_MAX_ATTEMPTS = 5;

export type Tokens = { accessToken: string; refreshToken: string; expiresAt: Date; sessionId: string };

/** Logins, sessions and token → viewer resolution for staff and members. */
export class AuthService {
  readonly signer: TokenSigner;
  /**
   * Viewers by session id, so a till does not reload roles on every request: fresh for 5 s, then refreshed in the
   * background, never older than 30 s. Role changes and sign-outs in this instance evict at once.
   */
  private readonly viewers = new RefreshingCache<string, Viewer | null>(5_000, 30_000);
  private readonly loginsPerIp = new RateLimiter(30, 5 * 60_000);
  private readonly codesPerPhone = new RateLimiter(5, 10 * 60_000);

  constructor(
    private readonly db: Db,
    private readonly config: ApiConfig,
    private readonly sms: SmsSender,
    private readonly audit: AuditWriter,
  ) {
    this.signer = new TokenSigner(config.authSecret);
  }

  /**
   * Staff sign-in with the password, or at a till with the PIN. Both count failures towards the same lockout, so a
   * short PIN cannot be guessed faster than a password.
   */
  async staffLogin(
    username: string,
    secret: { password: string } | { pin: string },
    origin: RequestOrigin,
  ): Promise<Tokens & { staffId: string }> {
    this.throttle(`ip:${origin.ip}`);
    const staff = await this.db.staffUser.findUnique({ where: { username: username.trim().toLowerCase() } });
    const now = new Date();
    if (staff?.lockedUntil && staff.lockedUntil > now) {
      throw rateLimited(
        "Too many failed sign-ins: the account is locked for a while.",
        Math.ceil((staff.lockedUntil.getTime() - now.getTime()) / 1000),
      );
    }
    const byPin = "pin" in secret;
    const hash = byPin ? staff?.pinHash : staff?.passwordHash;
    const ok = await verifyPassword(byPin ? secret.pin : secret.password, hash ?? (await DUMMY_HASH_PROMISE));
    if (!staff || !hash || !ok || staff.status !== "ACTIVE") {
      if (staff) await this.recordStaffFailure(staff.id, staff.merchantId, staff.failedLoginCount, origin);
      throw unauthenticated(byPin ? "Wrong username or PIN." : "Wrong username or password.");
    }
    await this.db.staffUser.update({
      where: { id: staff.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    const tokens = await this.openSession("STAFF", staff.id, staff.merchantId, origin);
    await this.audit.write(this.db, {
      merchantId: staff.merchantId,
      actor: { type: "STAFF", id: staff.id },
      action: "auth.staffLogin",
      entityType: "StaffUser",
      entityId: staff.id,
      after: { method: byPin ? "pin" : "password" },
      origin,
    });
    return { ...tokens, staffId: staff.id };
  }

  private async recordStaffFailure(staffId: string, merchantId: string, failures: number, origin: RequestOrigin) {
    const count = failures + 1;
    const lockedUntil = count >= MAX_FAILURES ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
    await this.db.staffUser.update({
      where: { id: staffId },
      data: { failedLoginCount: lockedUntil ? 0 : count, lockedUntil },
    });
    await this.audit.write(this.db, {
      merchantId,
      actor: { type: "SYSTEM", id: null },
      action: lockedUntil ? "auth.accountLocked" : "auth.loginFailed",
      entityType: "StaffUser",
      entityId: staffId,
      origin,
    });
  }

  /** Sends a 6-digit code by SMS. Always answers the same way, whether or not the phone is a member. */
  async requestMemberCode(merchantId: string, rawPhone: string, origin: RequestOrigin): Promise<{ phone: string; expiresAt: Date }> {
    const phone = this.phoneOrThrow(rawPhone);
    this.throttle(`ip:${origin.ip}`);
    const wait = this.codesPerPhone.hit(`${merchantId}:${phone}`);
    if (wait > 0) throw rateLimited("Too many codes requested for this number; try again later.", wait);
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const expiresAt = new Date(Date.now() + CODE_TTL_MINUTES * 60_000);
    await this.db.oneTimeCode.create({ data: { merchantId, phone, codeHash: hashToken(`${phone}:${code}`), expiresAt } });
    await this.sms.send(phone, `您的验证码是 ${code}，${CODE_TTL_MINUTES}分钟内有效。Your code is ${code}.`);
    return { phone, expiresAt };
  }

  /** Logs a member in by one-time code (registering on first login) or by password. */
  async memberLogin(
    merchantId: string,
    input: { phone: string; code?: string | null; password?: string | null },
    origin: RequestOrigin,
  ): Promise<Tokens & { memberId: string; created: boolean }> {
    const phone = this.phoneOrThrow(input.phone);
    this.throttle(`ip:${origin.ip}`);
    let member = await this.db.member.findUnique({ where: { merchantId_phone: { merchantId, phone } } });
    if (member?.lockedUntil && member.lockedUntil > new Date()) {
      throw rateLimited("Too many failed sign-ins: try again later.", 60 * LOCK_MINUTES);
    }
    let created = false;
    if (input.code) {
      await this.consumeCode(merchantId, phone, input.code);
      if (!member) {
        member = await this.db.member.create({ data: { merchantId, phone, referralCode: newReferralCode() } });
        created = true;
      }
    } else if (input.password) {
      const ok = await verifyPassword(input.password, member?.passwordHash ?? (await DUMMY_HASH_PROMISE));
      if (!member || !ok) {
        if (member) {
          const count = member.failedLoginCount + 1;
          await this.db.member.update({
            where: { id: member.id },
            data:
              count >= MAX_FAILURES
                ? { failedLoginCount: 0, lockedUntil: new Date(Date.now() + LOCK_MINUTES * 60_000) }
                : { failedLoginCount: count },
          });
        }
        throw unauthenticated("Wrong phone number or password.");
      }
    } else {
      throw invalidField("code", "Give a one-time code or a password.");
    }
    if (member.status !== "ACTIVE") throw unauthenticated("This membership is disabled.");
    if (member.failedLoginCount > 0 || member.lockedUntil) {
      await this.db.member.update({ where: { id: member.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    }
    const tokens = await this.openSession("MEMBER", member.id, merchantId, origin);
    await this.audit.write(this.db, {
      merchantId,
      actor: { type: "MEMBER", id: member.id },
      action: created ? "auth.memberRegistered" : "auth.memberLogin",
      entityType: "Member",
      entityId: member.id,
      origin,
    });
    return { ...tokens, memberId: member.id, created };
  }

  private async consumeCode(merchantId: string, phone: string, code: string): Promise<void> {
    const latest = await this.db.oneTimeCode.findFirst({
      where: { merchantId, phone, consumedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
    });
    if (!latest || latest.attempts >= CODE_MAX_ATTEMPTS) throw unauthenticated("The code is wrong or has expired.");
    if (latest.codeHash !== hashToken(`${phone}:${code.trim()}`)) {
      await this.db.oneTimeCode.update({ where: { id: latest.id }, data: { attempts: { increment: 1 } } });
      throw unauthenticated("The code is wrong or has expired.");
    }
    // Conditional update: a code can be used once even when two logins race.
    const used = await this.db.oneTimeCode.updateMany({
      where: { id: latest.id, consumedAt: null },
      data: { consumedAt: new Date() },
    });
    if (used.count !== 1) throw unauthenticated("The code is wrong or has expired.");
  }

  /** Rotates a refresh token: the old one stops working, a new pair is issued. */
  async refresh(refreshToken: string, origin: RequestOrigin): Promise<Tokens> {
    const session = await this.db.session.findUnique({ where: { refreshTokenHash: hashToken(refreshToken) } });
    if (!session || session.revokedAt || session.expiresAt <= new Date()) {
      throw unauthenticated("The session has ended; sign in again.");
    }
    const principalId = session.kind === "STAFF" ? session.staffId : session.memberId;
    const principal =
      session.kind === "STAFF"
        ? await this.db.staffUser.findUnique({ where: { id: principalId ?? "" }, select: { merchantId: true, status: true } })
        : await this.db.member.findUnique({ where: { id: principalId ?? "" }, select: { merchantId: true, status: true } });
    if (!principalId || !principal || principal.status !== "ACTIVE") throw unauthenticated("The session has ended; sign in again.");
    const next = newOpaqueToken();
    const rotated = await this.db.session.updateMany({
      where: { id: session.id, refreshTokenHash: session.refreshTokenHash, revokedAt: null },
      data: { refreshTokenHash: hashToken(next), lastUsedAt: new Date(), ip: origin.ip, userAgent: origin.userAgent },
    });
    if (rotated.count !== 1) throw unauthenticated("The session has ended; sign in again.");
    return this.issue(session.id, session.kind, principalId, principal.merchantId, next, session.expiresAt);
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
    this.viewers.evict(sessionId);
  }

  /** Ends every other session of this staff member; returns how many. */
  async revokeOtherStaffSessions(staffId: string, keepSessionId: string): Promise<number> {
    const sessions = await this.db.session.findMany({
      where: { staffId, revokedAt: null, id: { not: keepSessionId } },
      select: { id: true },
    });
    await this.db.session.updateMany({
      where: { id: { in: sessions.map((s) => s.id) } },
      data: { revokedAt: new Date() },
    });
    for (const s of sessions) this.viewers.evict(s.id);
    return sessions.length;
  }

  /** Forgets cached viewers, e.g. after roles or assignments change. */
  invalidateViewers(): void {
    this.viewers.clear();
  }

  /** The viewer behind an access token: null for a missing, forged, expired or revoked token. */
  async viewerFromToken(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const claims = this.signer.verify(token);
    if (!claims) return null;
    return this.viewers.get(claims.sid, () => this.loadViewer(claims));
  }

  private async loadViewer(claims: AccessClaims): Promise<Viewer | null> {
    const session = await this.db.session.findUnique({
      where: { id: claims.sid },
      select: {
        revokedAt: true,
        expiresAt: true,
        staff: {
          select: {
            id: true,
            merchantId: true,
            username: true,
            displayName: true,
            status: true,
            assignments: { select: { storeId: true, role: { select: { permissions: true } } } },
          },
        },
        member: { select: { id: true, merchantId: true, status: true } },
      },
    });
    if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
    if (claims.kind === "STAFF") {
      const s = session.staff;
      if (!s || s.id !== claims.sub || s.status !== "ACTIVE") return null;
      return {
        kind: "STAFF",
        sessionId: claims.sid,
        staffId: s.id,
        merchantId: s.merchantId,
        username: s.username,
        displayName: s.displayName,
        grants: buildGrants(s.assignments.map((a) => ({ storeId: a.storeId, permissions: a.role.permissions }))),
      };
    }
    const m = session.member;
    if (!m || m.id !== claims.sub || m.status !== "ACTIVE") return null;
    return { kind: "MEMBER", sessionId: claims.sid, memberId: m.id, merchantId: m.merchantId };
  }

  private async openSession(kind: PrincipalKind, principalId: string, merchantId: string, origin: RequestOrigin): Promise<Tokens> {
    const refreshToken = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    const session = await this.db.session.create({
      data: {
        kind,
        staffId: kind === "STAFF" ? principalId : null,
        memberId: kind === "MEMBER" ? principalId : null,
        refreshTokenHash: hashToken(refreshToken),
        expiresAt,
        ip: origin.ip,
        userAgent: origin.userAgent?.slice(0, 300) ?? null,
      },
    });
    return this.issue(session.id, kind, principalId, merchantId, refreshToken, expiresAt);
  }

  private issue(sessionId: string, kind: PrincipalKind, sub: string, mid: string, refreshToken: string, sessionExpiresAt: Date): Tokens {
    const exp = Math.min(Math.floor(Date.now() / 1000) + this.config.accessTokenTtlSeconds, Math.floor(sessionExpiresAt.getTime() / 1000));
    return {
      accessToken: this.signer.sign({ sid: sessionId, sub, kind, mid, exp }),
      refreshToken,
      expiresAt: new Date(exp * 1000),
      sessionId,
    };
  }

  private throttle(key: string): void {
    const wait = this.loginsPerIp.hit(key);
    if (wait > 0) throw rateLimited("Too many sign-in attempts from this address; try again later.", wait);
  }

  private phoneOrThrow(raw: string): string {
    const result = normaliseMobileNumber(raw);
    if (!result.ok) throw invalidField("phone", "Enter a valid mainland China mobile number.");
    return result.mobile;
  }
}

export function newReferralCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 8 }, () => alphabet[randomInt(0, alphabet.length)]).join("");
}
