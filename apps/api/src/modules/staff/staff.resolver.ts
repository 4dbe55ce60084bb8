import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { Store } from "../stores/stores.types.ts";
import {
  AssignRoleInput,
  CreateStaffUserInput,
  DeletedRole,
  DeleteRoleResult,
  Me,
  Role,
  RoleDeleteError,
  StaffAssignment,
  StaffUser,
  UpsertRoleInput,
} from "./staff.types.ts";

@Resolver(() => StaffUser)
export class StaffResolver {
  @Query(() => Me, { nullable: true, description: "The signed-in staff user or member, with their permissions; null when signed out." })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    const v = ctx.viewer;
    if (!v) return null;
    if (v.kind === "MEMBER") {
      const m = await ctx.loaders.member.load(v.memberId);
      return { kind: "MEMBER", id: v.memberId, displayName: m?.name ?? null, permissions: [] };
    }
    return {
      kind: "STAFF",
      id: v.staffId,
      displayName: v.displayName,
      permissions: [...v.grants].map(([permission, scope]) => ({
        permission,
        allStores: scope === "ALL",
        storeIds: scope === "ALL" ? [] : [...scope],
      })),
    };
  }

  @Query(() => [StaffUser], { description: "Staff of the stores the viewer manages (all staff for merchant-wide viewers)." })
  async staffUsers(@Ctx() ctx: Context): Promise<StaffUser[]> {
    const { staff, scope } = authz.require(ctx.viewer, "staff:read");
    return (await ctx.services.staff.list(staff.merchantId, scope)) as StaffUser[];
  }

  @Query(() => [Role])
  async roles(@Ctx() ctx: Context): Promise<Role[]> {
    const { staff } = authz.require(ctx.viewer, "staff:read");
    return ctx.services.staff.roles(staff.merchantId);
  }

  @FieldResolver(() => [StaffAssignment])
  async assignments(@Root() user: StaffUser, @Ctx() ctx: Context): Promise<StaffAssignment[]> {
    return (await ctx.loaders.assignmentsByStaff.load(user.id)) as StaffAssignment[];
  }

  @Mutation(() => StaffUser)
  async createStaffUser(@Arg("input", () => CreateStaffUserInput) input: CreateStaffUserInput, @Ctx() ctx: Context): Promise<StaffUser> {
    const { staff } = authz.require(ctx.viewer, "staff:write");
    return (await ctx.services.staff.create(staff, input, ctx.audit)) as StaffUser;
  }

  @Mutation(() => StaffAssignment)
  async assignRole(@Arg("input", () => AssignRoleInput) input: AssignRoleInput, @Ctx() ctx: Context): Promise<StaffAssignment> {
    const staff = input.storeId
      ? authz.requireInStore(ctx.viewer, "staff:write", input.storeId)
      : authz.requireMerchantWide(ctx.viewer, "staff:write");
    return (await ctx.services.staff.assignRole(staff, input, ctx.audit)) as StaffAssignment;
  }

  @Mutation(() => Boolean)
  async removeAssignment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const { staff } = authz.require(ctx.viewer, "staff:write");
    return ctx.services.staff.removeAssignment(staff, id, ctx.audit);
  }

  @Mutation(() => Role, { description: "Creates or changes a custom role (merchant-wide role:write)." })
  async upsertRole(@Arg("input", () => UpsertRoleInput) input: UpsertRoleInput, @Ctx() ctx: Context): Promise<Role> {
    const staff = authz.requireMerchantWide(ctx.viewer, "role:write");
    return ctx.services.staff.upsertRole(staff, input, ctx.audit);
  }

  @Mutation(() => DeleteRoleResult, {
    description: "Deletes a custom role nobody holds (merchant-wide role:write); system and assigned roles are refused as RoleDeleteError.",
  })
  async deleteRole(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<typeof DeleteRoleResult> {
    const staff = authz.requireMerchantWide(ctx.viewer, "role:write");
    const outcome = await ctx.services.staff.deleteRole(staff, id, ctx.audit);
    if (outcome.ok) return Object.assign(new DeletedRole(), { id: outcome.role.id, code: outcome.role.code });
    ctx.audit.written = true; // nothing changed
    return Object.assign(new RoleDeleteError(), { code: outcome.code, message: outcome.message, assignments: outcome.assignments });
  }
}

@Resolver(() => StaffAssignment)
export class StaffAssignmentResolver {
  @FieldResolver(() => Role)
  async role(@Root() a: StaffAssignment, @Ctx() ctx: Context): Promise<Role> {
    return (await ctx.loaders.role.load(a.roleId)) as Role;
  }

  @FieldResolver(() => Store, { nullable: true })
  async store(@Root() a: StaffAssignment, @Ctx() ctx: Context): Promise<Store | null> {
    return a.storeId ? ((await ctx.loaders.store.load(a.storeId)) as Store | null) : null;
  }
}
