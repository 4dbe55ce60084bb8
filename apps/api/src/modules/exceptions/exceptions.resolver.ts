import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { ExceptionConnection, ExceptionEntry, ExceptionFilter, ResolveExceptionInput, UnknownBarcodeInput } from "./exceptions.types.ts";

@Resolver(() => ExceptionEntry)
export class ExceptionsResolver {
  @Query(() => ExceptionConnection, { description: "The exception log of the stores where the viewer reads orders, newest first." })
  async exceptions(
    @Arg("filter", () => ExceptionFilter, { nullable: true }) filter: ExceptionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ExceptionConnection> {
    const { staff, scope } = authz.require(ctx.viewer, "order:read");
    return (await ctx.services.exceptions.list(staff, scope, filter ?? {}, page)) as unknown as ExceptionConnection;
  }

  @Mutation(() => Boolean, {
    description:
      "A till reports a scanned code no item carries (sale:create in the store); logged as UNKNOWN_BARCODE once per code every 10 minutes. True when logged.",
  })
  async reportUnknownBarcode(@Arg("input", () => UnknownBarcodeInput) input: UnknownBarcodeInput, @Ctx() ctx: Context): Promise<boolean> {
    const staff = authz.requireInStore(ctx.viewer, "sale:create", input.storeId);
    ctx.audit.written = true; // the exception log is the record
    return ctx.services.exceptions.reportUnknownBarcode(staff, input);
  }

  @Mutation(() => ExceptionEntry, { description: "Marks an exception handled (managers)." })
  async resolveException(
    @Arg("input", () => ResolveExceptionInput) input: ResolveExceptionInput,
    @Ctx() ctx: Context,
  ): Promise<ExceptionEntry> {
    const staff = authz.requireStaff(ctx.viewer);
    return (await ctx.services.exceptions.resolve(staff, input.id, input.note ?? null, ctx.audit)) as ExceptionEntry;
  }
}
