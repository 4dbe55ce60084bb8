import { maskMobileNumber } from "@o2o/domain";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { AuditLogEntry, AuditLogEntryConnection, AuditLogFilter } from "./audit.types.ts";

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  @Query(() => AuditLogEntryConnection, {
    description: "The audit trail, newest first (audit:read). Store-scoped readers see the rows of their stores only.",
  })
  async auditLogs(
    @Arg("filter", () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditLogEntryConnection> {
    const { staff, scope } = authz.require(ctx.viewer, "audit:read");
    return (await ctx.services.auditLog.list(staff.merchantId, scope, filter, page)) as unknown as AuditLogEntryConnection;
  }

  @FieldResolver(() => String, { nullable: true })
  async actorName(@Root() entry: AuditLogEntry, @Ctx() ctx: Context): Promise<string | null> {
    if (!entry.actorId) return null;
    if (entry.actorType === "STAFF") return (await ctx.loaders.staff.load(entry.actorId))?.displayName ?? null;
    if (entry.actorType === "MEMBER") {
      const member = await ctx.loaders.member.load(entry.actorId);
      return member ? (member.name ?? maskMobileNumber(member.phone)) : null;
    }
    return null;
  }
}
