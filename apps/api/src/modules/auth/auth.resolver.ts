import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { badInput, notFound } from "../../errors/api-errors.ts";
import {
  AuthPayload,
  CodeSent,
  MemberCodeInput,
  MemberLoginInput,
  PrincipalKindGql,
  StaffLoginInput,
  StaffPinLoginInput,
} from "./auth.types.ts";

async function merchantIdFor(ctx: Context, code: string | null | undefined): Promise<string> {
  if (code) {
    const merchant = await ctx.db.merchant.findUnique({ where: { code }, select: { id: true } });
    if (!merchant) throw notFound("Merchant", code);
    return merchant.id;
  }
  const merchants = await ctx.db.merchant.findMany({ select: { id: true }, take: 2 });
  if (merchants.length !== 1 || !merchants[0])
    throw badInput("Name the merchant (merchantCode).", [{ field: "merchantCode", message: "required" }]);
  return merchants[0].id;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Staff sign-in with username and password. Locks the account after 5 failures." })
  async staffLogin(@Arg("input", () => StaffLoginInput) input: StaffLoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const t = await ctx.services.auth.staffLogin(input.username, { password: input.password }, ctx.audit.origin);
    ctx.audit.written = true;
    return { ...t, kind: PrincipalKindGql.STAFF, principalId: t.staffId, created: false };
  }

  @Mutation(() => AuthPayload, {
    description: "Till sign-in with username and PIN (4–8 digits). Failures count towards the same lockout as passwords.",
  })
  async staffPinLogin(@Arg("input", () => StaffPinLoginInput) input: StaffPinLoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const t = await ctx.services.auth.staffLogin(input.username, { pin: input.pin }, ctx.audit.origin);
    ctx.audit.written = true;
    return { ...t, kind: PrincipalKindGql.STAFF, principalId: t.staffId, created: false };
  }

  @Mutation(() => CodeSent, { description: "Sends a one-time sign-in code to a member's phone." })
  async requestMemberLoginCode(@Arg("input", () => MemberCodeInput) input: MemberCodeInput, @Ctx() ctx: Context): Promise<CodeSent> {
    const merchantId = await merchantIdFor(ctx, input.merchantCode);
    const sent = await ctx.services.auth.requestMemberCode(merchantId, input.phone, ctx.audit.origin);
    ctx.audit.written = true; // a code request changes no business data; the SMS log is the record
    return sent;
  }

  @Mutation(() => AuthPayload, { description: "Member sign-in by one-time code (registers on first sign-in) or password." })
  async memberLogin(@Arg("input", () => MemberLoginInput) input: MemberLoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const merchantId = await merchantIdFor(ctx, input.merchantCode);
    const t = await ctx.services.auth.memberLogin(merchantId, input, ctx.audit.origin);
    ctx.audit.written = true;
    return { ...t, kind: PrincipalKindGql.MEMBER, principalId: t.memberId, created: t.created };
  }

  @Mutation(() => AuthPayload, { description: "Trades a refresh token for a new token pair; the old refresh token stops working." })
  async refreshSession(@Arg("refreshToken", () => String) refreshToken: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const t = await ctx.services.auth.refresh(refreshToken.slice(0, 200), ctx.audit.origin);
    const claims = ctx.services.auth.signer.verify(t.accessToken);
    ctx.audit.written = true;
    return { ...t, kind: (claims?.kind ?? "STAFF") as PrincipalKindGql, principalId: claims?.sub ?? "", created: false };
  }

  @Mutation(() => Boolean, { description: "Ends the current session." })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = authz.requireViewer(ctx.viewer);
    await ctx.services.auth.logout(viewer.sessionId);
    await ctx.audit.record(ctx.db, { action: "auth.logout", entityType: "Session", entityId: viewer.sessionId });
    return true;
  }

  @Mutation(() => Int, { description: "Ends every other session of the signed-in staff member; returns how many." })
  async signOutOtherSessions(@Ctx() ctx: Context): Promise<number> {
    const staff = authz.requireStaff(ctx.viewer);
    const count = await ctx.services.auth.revokeOtherStaffSessions(staff.staffId, staff.sessionId);
    await ctx.audit.record(ctx.db, {
      action: "auth.signOutOtherSessions",
      entityType: "StaffUser",
      entityId: staff.staffId,
      after: { count },
    });
    return count;
  }
}
