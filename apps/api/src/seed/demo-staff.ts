import { SYSTEM_ROLES } from "../auth/permissions.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoMerchant, DemoStoreCode } from "./demo-merchant.ts";
import type { SeedContext } from "./seed-context.ts";

export type DemoLogin = { role: string; username: string; password: string; store: string | null };

type StaffSpec = {
  username: string;
  displayName: string;
  role: string;
  /** Store codes the role is held in; empty = merchant-wide. */
  stores: DemoStoreCode[];
  phone: string;
};

const STAFF: StaffSpec[] = [
  { username: "owner", displayName: "林晓峰", role: "owner", stores: [], phone: "13900000001" },
  { username: "manager.sh", displayName: "陈静", role: "store_manager", stores: ["SH01"], phone: "13900000002" },
  { username: "manager.bj", displayName: "赵磊", role: "store_manager", stores: ["BJ01"], phone: "13900000003" },
  { username: "cashier.sh", displayName: "李娜", role: "cashier", stores: ["SH01"], phone: "13900000004" },
  { username: "cashier.bj", displayName: "张伟", role: "cashier", stores: ["BJ01"], phone: "13900000005" },
  { username: "clerk.wh", displayName: "刘洋", role: "stock_clerk", stores: ["WH01", "SH01"], phone: "13900000006" },
  { username: "marketing", displayName: "孙悦", role: "marketing", stores: [], phone: "13900000007" },
];

export type DemoStaff = {
  /** Staff ids by username. */
  byUsername: Record<string, string>;
  logins: DemoLogin[];
};

/** The system roles and one demo user per role, all with the demo password and PIN. */
export async function seedStaff(
  ctx: SeedContext,
  merchant: DemoMerchant,
  secrets: { password: string; passwordHash: string; pinHash: string },
): Promise<{ staff: DemoStaff; counts: Record<string, number> }> {
  const { db, merchantId, ids } = ctx;
  const roleRows = Object.entries(SYSTEM_ROLES).map(([code, role]) => ({
    id: ids(),
    merchantId,
    code,
    name: role.name,
    permissions: [...role.permissions],
    system: true,
  }));
  const roles = await db.role.createMany({ data: roleRows });
  const roleIds = Object.fromEntries(roleRows.map((r) => [r.code, r.id]));

  const staffRows = STAFF.map((s) => ({
    id: ids(),
    merchantId,
    username: s.username,
    displayName: s.displayName,
    email: `${s.username}@demo.xianyifang.cn`,
    phone: s.phone,
    passwordHash: secrets.passwordHash,
    pinHash: secrets.pinHash,
  }));
  const staff = await db.staffUser.createMany({ data: staffRows });
  const byUsername = Object.fromEntries(staffRows.map((s) => [s.username, s.id]));

  const assignmentRows = STAFF.flatMap((s): Prisma.StaffAssignmentCreateManyInput[] => {
    const roleId = roleIds[s.role];
    if (!roleId) throw new Error(`SYSTEM_ROLES has no role "${s.role}"`);
    const staffId = byUsername[s.username] as string;
    if (s.stores.length === 0) return [{ id: ids(), staffId, roleId, storeId: null }];
    return s.stores.map((code) => ({ id: ids(), staffId, roleId, storeId: merchant.stores[code].id }));
  });
  const assignments = await db.staffAssignment.createMany({ data: assignmentRows });

  return {
    staff: {
      byUsername,
      logins: STAFF.map((s) => ({
        role: s.role,
        username: s.username,
        password: secrets.password,
        store: s.stores.length === 0 ? null : s.stores.join(","),
      })),
    },
    counts: { roles: roles.count, staffUsers: staff.count, staffAssignments: assignments.count },
  };
}
