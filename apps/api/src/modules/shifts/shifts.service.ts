import type { RequestAudit } from "../../audit/request-audit.ts";
import { authz, type StaffViewer, type Viewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import type { Shift as ShiftRow } from "../../generated/prisma/client.ts";
import { conflict, notFound } from "../../errors/api-errors.ts";
import { shiftReport } from "./shift-report.ts";

/** Till shifts: open with a float, X report at any time, close with a cash count and a frozen Z report. */
export class ShiftsService {
  constructor(private readonly db: Db) {}

  private async register(viewer: Viewer | null, registerId: string) {
    const staff = authz.requireStaff(viewer);
    const register = await this.db.register.findFirst({ where: { id: registerId, store: { merchantId: staff.merchantId } } });
    if (!register) throw notFound("Register", registerId);
    return { staff: authz.requireInStore(viewer, "shift:manage", register.storeId), register };
  }

  /** One open shift per register: the register row is locked while checking, so two tills cannot both open it. */
  async open(viewer: Viewer | null, registerId: string, openingFloat: number, audit: RequestAudit) {
    const { staff, register } = await this.register(viewer, registerId);
    return this.db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT id FROM "Register" WHERE id = $1 FOR UPDATE`, register.id);
      const open = await tx.shift.findFirst({ where: { registerId: register.id, status: "OPEN" } });
      if (open) throw conflict("This register already has an open shift; close it first.");
      const shift = await tx.shift.create({
        data: { storeId: register.storeId, registerId: register.id, staffId: staff.staffId, openingFloat },
      });
      await audit.record(tx, { action: "shift.open", entityType: "Shift", entityId: shift.id, storeId: register.storeId, after: shift });
      return shift;
    });
  }

  async current(viewer: Viewer | null, registerId: string) {
    const { register } = await this.register(viewer, registerId);
    return this.db.shift.findFirst({ where: { registerId: register.id, status: "OPEN" } });
  }

  private async shiftFor(viewer: Viewer | null, shiftId: string): Promise<{ staff: StaffViewer; shift: ShiftRow }> {
    const staff = authz.requireStaff(viewer);
    const shift = await this.db.shift.findFirst({ where: { id: shiftId, store: { merchantId: staff.merchantId } } });
    if (!shift) throw notFound("Shift", shiftId);
    authz.requireInStore(viewer, "shift:manage", shift.storeId);
    return { staff, shift };
  }

  /** X report while open; the frozen Z report once closed. */
  async report(viewer: Viewer | null, shiftId: string) {
    const { shift } = await this.shiftFor(viewer, shiftId);
    // Z reports frozen before voids were counted have none.
    if (shift.status === "CLOSED" && shift.zReport)
      return { voidsCount: 0, voidsTotal: 0, ...(shift.zReport as object) } as Awaited<ReturnType<typeof shiftReport>>;
    return shiftReport(this.db, shift, new Date(), null);
  }

  /** A line or sale voided at the till (nothing was sold): kept in the audit trail and counted on the X/Z report. */
  async recordVoid(viewer: Viewer | null, input: { shiftId: string; scope: string; items: number; amount: number }, audit: RequestAudit) {
    const { shift } = await this.shiftFor(viewer, input.shiftId);
    if (shift.status !== "OPEN") throw conflict("This shift is closed.");
    await audit.record(this.db, {
      action: "till.void",
      entityType: "Shift",
      entityId: shift.id,
      storeId: shift.storeId,
      after: { scope: input.scope, items: input.items, amount: input.amount },
    });
    return true;
  }

  async close(viewer: Viewer | null, shiftId: string, countedCash: number, audit: RequestAudit) {
    const { shift } = await this.shiftFor(viewer, shiftId);
    if (shift.status !== "OPEN") throw conflict("This shift is already closed.");
    const closedAt = new Date();
    const report = await shiftReport(this.db, shift, closedAt, countedCash);
    return this.db.$transaction(async (tx) => {
      const closed = await tx.shift.updateMany({
        where: { id: shift.id, status: "OPEN" },
        data: {
          status: "CLOSED",
          closedAt,
          countedCash,
          expectedCash: report.expectedCash,
          overShort: report.overShort,
          zReport: JSON.parse(JSON.stringify(report)),
        },
      });
      if (closed.count !== 1) throw conflict("This shift is already closed.");
      const after = await tx.shift.findUniqueOrThrow({ where: { id: shift.id } });
      await audit.record(tx, {
        action: "shift.close",
        entityType: "Shift",
        entityId: shift.id,
        storeId: shift.storeId,
        before: shift,
        after: report,
      });
      return { shift: after, report };
    });
  }
}
