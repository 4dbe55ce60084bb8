import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { ImportMembersInput, MemberImportReport } from "./member-import.types.ts";

/** Bulk member import from a CSV or XLSX file (base64 in GraphQL). */
@Resolver()
export class MemberImportResolver {
  @Mutation(() => MemberImportReport, {
    description:
      "Imports members from a CSV or XLSX file (member:write) and reports row by row what is wrong. By default " +
      "(ALL_OR_NOTHING, onDuplicate REPORT) a file with any bad row or any phone that is already a member's imports nothing.",
  })
  async importMembers(@Arg("input", () => ImportMembersInput) input: ImportMembersInput, @Ctx() ctx: Context): Promise<MemberImportReport> {
    const { staff } = authz.require(ctx.viewer, "member:write");
    return ctx.services.memberImports.importMembers(staff, input, ctx.audit);
  }
}
