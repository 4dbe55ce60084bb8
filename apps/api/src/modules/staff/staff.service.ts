import type { RequestAudit } from "../../audit/request-audit.ts";
import { hashPassword } from "../../auth/password.ts";
import { SYSTEM_ROLES } from "../../auth/permissions.ts";
import type { Scope, StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { badInput, conflict, forbidden, notFound } from "../../errors/api-errors.ts";
import type { AuthService } from "../auth/auth.service.ts";
import type { Role as RoleRow } from "../../generated/prisma/client.ts";
import type { AssignRoleInput, CreateStaffUserInput, UpsertRoleInput } from "./staff.types.ts";

export type RoleDeleteOutcome =
  | { ok: true; role: RoleRow }
  | { ok: false; code: "ROLE_SYSTEM" | "ROLE_IN_USE"; message: string; assignments: number };

const PUBLIC_STAFF = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  phone: true,
  status: true,
  locale: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export class StaffService {
  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
  ) {}

  /** Staff visible to a viewer: all for merchant-wide scope, else those assigned to the viewer's stores. */
  list(merchantId: string, scope: Scope) {
    return this.db.staffUser.findMany({
      where: {
        merchantId,
        ...(scope === "ALL" ? {} : { assignments: { some: { storeId: { in: [...scope] } } } }),
      },
      select: PUBLIC_STAFF,
      orderBy: [{ username: "asc" }],
    });
  }

  roles(merchantId: string) {
    return this.db.role.findMany({ where: { merchantId }, orderBy: [{ system: "desc" }, { code: "asc" }] });
  }

  async create(viewer: StaffViewer, input: CreateStaffUserInput, audit: RequestAudit) {
    const username = input.username.toLowerCase();
    if (await this.db.staffUser.findUnique({ where: { username }, select: { id: true } })) {
      throw conflict(`The username ${username} is taken.`);
    }
    const passwordHash = await hashPassword(input.password);
    const pinHash = input.pin ? await hashPassword(input.pin) : null;
    return this.db.$transaction(async (tx) => {
      const staff = await tx.staffUser.create({
        data: {
          merchantId: viewer.merchantId,
          username,
          displayName: input.displayName,
          email: input.email ?? null,
          phone: input.phone ?? null,
          locale: input.locale ?? "zh-CN",
          passwordHash,
          pinHash,
        },
        select: PUBLIC_STAFF,
      });
      await audit.record(tx, { action: "staff.create", entityType: "StaffUser", entityId: staff.id, after: staff });
      return staff;
    });
  }

  /**
   * Gives a role. Store managers may assign only in their own stores, and nobody can hand out a permission they do not
   * hold there themselves (no privilege escalation).
   */
  async assignRole(viewer: StaffViewer, input: AssignRoleInput, audit: RequestAudit) {
    const role = await this.db.role.findUnique({ where: { merchantId_code: { merchantId: viewer.merchantId, code: input.roleCode } } });
    if (!role) throw notFound("Role", input.roleCode);
    const staff = await this.db.staffUser.findFirst({ where: { id: input.staffId, merchantId: viewer.merchantId }, select: { id: true } });
    if (!staff) throw notFound("Staff user", input.staffId);
    const storeId = input.storeId ?? null;
    if (storeId) {
      const store = await this.db.store.findFirst({ where: { id: storeId, merchantId: viewer.merchantId }, select: { id: true } });
      if (!store) throw notFound("Store", storeId);
    }
    for (const p of role.permissions) {
      const held = viewer.grants.get(p as never);
      const ok = held === "ALL" || (storeId !== null && held?.has(storeId));
      if (!ok) throw forbidden(`You cannot grant ${p} ${storeId ? "in this store" : "merchant-wide"}.`);
    }
    const assignment = await this.db.$transaction(async (tx) => {
      const existing = await tx.staffAssignment.findFirst({ where: { staffId: staff.id, roleId: role.id, storeId } });
      if (existing) return existing;
      const created = await tx.staffAssignment.create({ data: { staffId: staff.id, roleId: role.id, storeId } });
      await audit.record(tx, { action: "staff.assignRole", entityType: "StaffUser", entityId: staff.id, storeId, after: created });
      return created;
    });
    this.auth.invalidateViewers();
    return assignment;
  }

  async removeAssignment(viewer: StaffViewer, assignmentId: string, audit: RequestAudit) {
    const assignment = await this.db.staffAssignment.findFirst({
      where: { id: assignmentId, staff: { merchantId: viewer.merchantId } },
    });
    if (!assignment) throw notFound("Assignment", assignmentId);
    const scope = viewer.grants.get("staff:write");
    if (scope !== "ALL" && (!assignment.storeId || !scope?.has(assignment.storeId))) throw forbidden();
    if (assignment.staffId === viewer.staffId) throw badInput("You cannot remove your own role.");
    await this.db.$transaction(async (tx) => {
      await tx.staffAssignment.delete({ where: { id: assignment.id } });
      await audit.record(tx, {
        action: "staff.removeAssignment",
        entityType: "StaffUser",
        entityId: assignment.staffId,
        storeId: assignment.storeId,
        before: assignment,
      });
    });
    this.auth.invalidateViewers();
    return true;
  }

  async upsertRole(viewer: StaffViewer, input: UpsertRoleInput, audit: RequestAudit) {
    const reserved = () =>
      badInput("System roles cannot be changed; create a role with another code.", [{ field: "code", message: "reserved" }]);
    if (SYSTEM_ROLES[input.code]) throw reserved();
    const role = await this.db.$transaction(async (tx) => {
      const before = await tx.role.findUnique({ where: { merchantId_code: { merchantId: viewer.merchantId, code: input.code } } });
      if (before?.system) throw reserved();
      const after = await tx.role.upsert({
        where: { merchantId_code: { merchantId: viewer.merchantId, code: input.code } },
        create: { merchantId: viewer.merchantId, code: input.code, name: input.name, permissions: input.permissions },
        update: { name: input.name, permissions: input.permissions },
      });
      await audit.record(tx, { action: before ? "role.update" : "role.create", entityType: "Role", entityId: after.id, before, after });
      return after;
    });
    this.auth.invalidateViewers();
    return role;
  }

  /**
   * Deletes a custom role. System roles and roles still held by someone are refused as values (nothing changes); the
   * role row is locked, so an assignment being given at the same moment waits and then finds the role gone.
   */
  async deleteRole(viewer: StaffViewer, id: string, audit: RequestAudit): Promise<RoleDeleteOutcome> {
    return this.db.$transaction(async (tx): Promise<RoleDeleteOutcome> => {
      await tx.$queryRawUnsafe(`SELECT id FROM "Role" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`, id, viewer.merchantId);
      const role = await tx.role.findFirst({ where: { id, merchantId: viewer.merchantId } });
      if (!role) throw notFound("Role", id);
      if (role.system || SYSTEM_ROLES[role.code]) {
        return { ok: false, code: "ROLE_SYSTEM", message: `${role.name} is a system role and cannot be deleted.`, assignments: 0 };
      }
      const assignments = await tx.staffAssignment.count({ where: { roleId: id } });
      if (assignments > 0) {
        return {
          ok: false,
          code: "ROLE_IN_USE",
          message: `${role.name} is still assigned ${assignments} time(s); remove those assignments first.`,
          assignments,
        };
      }
      await tx.role.delete({ where: { id } });
      await audit.record(tx, { action: "role.delete", entityType: "Role", entityId: id, before: role });
      return { ok: true, role };
    });
  }
}
