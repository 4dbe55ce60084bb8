import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PERMISSIONS } from "../../auth/permissions.ts";
import { StaffStatus } from "../../generated/prisma/enums.ts";
import { ErrorResult } from "../../graphql/error-result.ts";
import { DateTime } from "../../graphql/scalars.ts";
import { Store } from "../stores/stores.types.ts";

registerEnumType(StaffStatus, { name: "StaffStatus" });

@ObjectType({ description: "A named set of permissions." })
export class Role {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "owner, store_manager, cashier, stock_clerk, marketing, or a custom code." }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) permissions!: string[];
  @Field(() => Boolean) system!: boolean;
}

@ObjectType({ description: "A custom role that was deleted." })
export class DeletedRole {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
}

@ObjectType({
  implements: ErrorResult,
  description: "The role was not deleted: ROLE_SYSTEM (system roles stay), ROLE_IN_USE (still assigned; remove the assignments first).",
})
export class RoleDeleteError extends ErrorResult {
  @Field(() => Int, { description: "How many assignments still hold the role." }) assignments!: number;
}

export const DeleteRoleResult = createUnionType({
  name: "DeleteRoleResult",
  description: "The deleted role, or why it was kept.",
  types: () => [DeletedRole, RoleDeleteError] as const,
});

@ObjectType({ description: "A role held merchant-wide (store null) or in one store." })
export class StaffAssignment {
  @Field(() => ID) id!: string;
  @Field(() => Role) role?: Role;
  @Field(() => Store, { nullable: true }) store?: Store | null;
  roleId!: string;
  storeId!: string | null;
}

@ObjectType()
export class StaffUser {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => StaffStatus) status!: StaffStatus;
  @Field(() => String) locale!: string;
  @Field(() => DateTime, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => [StaffAssignment]) assignments?: StaffAssignment[];
}

@ObjectType({ description: "Where the viewer holds a permission: everywhere, or in the listed stores." })
export class PermissionGrant {
  @Field(() => String) permission!: string;
  @Field(() => Boolean) allStores!: boolean;
  @Field(() => [ID]) storeIds!: string[];
}

@ObjectType({ description: "The signed-in principal." })
export class Me {
  @Field(() => String, { description: "STAFF or MEMBER." }) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => [PermissionGrant]) permissions!: PermissionGrant[];
}

@InputType()
export class CreateStaffUserInput {
  @Field(() => String) @Matches(/^[a-z0-9_.-]{3,32}$/, { message: "username: 3–32 of a–z, 0–9, _ . -" }) username!: string;
  @Field(() => String) @Length(1, 64) displayName!: string;
  @Field(() => String) @Length(8, 128) password!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{4,8}$/, { message: "pin must be 4–8 digits" }) pin?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(["zh-CN", "zh-TW", "en"]) locale?: string | null;
}

@InputType()
export class AssignRoleInput {
  @Field(() => ID) @Length(1, 64) staffId!: string;
  @Field(() => String) @Length(1, 64) roleCode!: string;
  @Field(() => ID, { nullable: true, description: "Omit for merchant-wide." }) @IsOptional() @Length(1, 64) storeId?: string | null;
}

@InputType()
export class UpsertRoleInput {
  @Field(() => String) @Matches(/^[a-z][a-z0-9_]{1,31}$/, { message: "code: 2–32 of a–z, 0–9, _" }) code!: string;
  @Field(() => String) @Length(1, 64) name!: string;
  @Field(() => [String]) @ArrayMaxSize(PERMISSIONS.length) @IsIn(PERMISSIONS, { each: true }) permissions!: string[];
}
