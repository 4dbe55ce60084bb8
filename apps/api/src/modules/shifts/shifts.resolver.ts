import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.ts";
import { CloseShiftInput, OpenShiftInput, Shift, ShiftReport, TillVoidInput } from "./shifts.types.ts";

@ObjectType()
export class ClosedShift {
  @Field(() => Shift) shift!: Shift;
  @Field(() => ShiftReport, { description: "The Z report." }) report!: ShiftReport;
}

@Resolver(() => Shift)
export class ShiftsResolver {
  @Mutation(() => Shift, { description: "Opens a shift on a register with a cash float (shift:manage in its store)." })
  async openShift(@Arg("input", () => OpenShiftInput) input: OpenShiftInput, @Ctx() ctx: Context): Promise<Shift> {
    return ctx.services.shifts.open(ctx.viewer, input.registerId, input.openingFloat, ctx.audit);
  }

  @Query(() => Shift, { nullable: true, description: "The register's open shift, if any." })
  async currentShift(@Arg("registerId", () => ID) registerId: string, @Ctx() ctx: Context): Promise<Shift | null> {
    return ctx.services.shifts.current(ctx.viewer, registerId);
  }

  @Query(() => ShiftReport, { description: "X report of an open shift (live), or the Z report of a closed one." })
  async shiftReport(@Arg("shiftId", () => ID) shiftId: string, @Ctx() ctx: Context): Promise<ShiftReport> {
    return ctx.services.shifts.report(ctx.viewer, shiftId);
  }

  @Mutation(() => Boolean, {
    description: "Records a line or whole sale voided at the till before payment; counted on the shift's X/Z report (shift:manage).",
  })
  async recordTillVoid(@Arg("input", () => TillVoidInput) input: TillVoidInput, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.shifts.recordVoid(ctx.viewer, input, ctx.audit);
  }

  @Mutation(() => ClosedShift, { description: "Closes a shift with the counted cash; freezes its Z report with over/short." })
  async closeShift(@Arg("input", () => CloseShiftInput) input: CloseShiftInput, @Ctx() ctx: Context): Promise<ClosedShift> {
    return ctx.services.shifts.close(ctx.viewer, input.shiftId, input.countedCash, ctx.audit);
  }
}
