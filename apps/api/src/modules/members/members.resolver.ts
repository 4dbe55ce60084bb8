import { maskMobileNumber } from "@o2o/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { OrderConnection } from "../orders/orders.types.ts";
import { Store } from "../stores/stores.types.ts";
import {
  CreateMemberInput,
  MemberByPhoneArgs,
  MemberFilter,
  MemberSort,
  UpdateMemberInput,
  UpdateMyProfileInput,
} from "./members.inputs.ts";
import { Member, MemberConnection, MemberTier, PointsEntryConnection } from "./members.types.ts";

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => MemberConnection, {
    description: "Members of the merchant, newest first by default (member:read; members are merchant-wide).",
  })
  async members(
    @Arg("filter", () => MemberFilter, { nullable: true }) filter: MemberFilter | null,
    @Arg("sort", () => MemberSort, { nullable: true }) sort: MemberSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<MemberConnection> {
    const { staff } = authz.require(ctx.viewer, "member:read");
    return (await ctx.services.members.list(staff.merchantId, filter, sort, page)) as unknown as MemberConnection;
  }

  @Query(() => Member, { description: "One member (member:read). NOT_FOUND when the merchant has no member with this id." })
  async member(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Member> {
    const { staff } = authz.require(ctx.viewer, "member:read");
    return ctx.services.members.byId(staff.merchantId, id);
  }

  @Query(() => Member, {
    nullable: true,
    description: "The till's lookup by mobile number (member:read); null when the number is not a member's.",
  })
  async memberByPhone(@Args(() => MemberByPhoneArgs) args: MemberByPhoneArgs, @Ctx() ctx: Context): Promise<Member | null> {
    const { staff } = authz.require(ctx.viewer, "member:read");
    return ctx.services.members.byPhone(staff.merchantId, args.phone);
  }

  @Query(() => [MemberTier], { description: "The membership tiers, lowest rank first. Public." })
  async memberTiers(@Ctx() ctx: Context): Promise<MemberTier[]> {
    const merchantId = ctx.viewer?.merchantId ?? (await ctx.services.catalog.audienceOf(null)).merchantId;
    return ctx.services.members.tiers(merchantId);
  }

  @Query(() => Member, { description: "The signed-in member's own profile." })
  async myProfile(@Ctx() ctx: Context): Promise<Member> {
    const member = authz.requireMember(ctx.viewer);
    return ctx.services.members.byId(member.merchantId, member.memberId);
  }

  @Mutation(() => Member, {
    description: "Registers a member at the till or in the back office (member:write). CONFLICT when the number is a member's already.",
  })
  async createMember(@Arg("input", () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: Context): Promise<Member> {
    const { staff } = authz.require(ctx.viewer, "member:write");
    return ctx.services.members.create(staff, input, ctx.audit);
  }

  @Mutation(() => Member, { description: "Changes a member's details (member:write). Fields left out stay as they are; null clears." })
  async updateMember(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateMemberInput) input: UpdateMemberInput,
    @Ctx() ctx: Context,
  ): Promise<Member> {
    const { staff } = authz.require(ctx.viewer, "member:write");
    return ctx.services.members.update(staff, id, input, ctx.audit);
  }

  @Mutation(() => Member, { description: "The signed-in member changes their own profile and marketing consent." })
  async updateMyProfile(@Arg("input", () => UpdateMyProfileInput) input: UpdateMyProfileInput, @Ctx() ctx: Context): Promise<Member> {
    const member = authz.requireMember(ctx.viewer);
    return ctx.services.members.updateProfile(member, input, ctx.audit);
  }

  @FieldResolver(() => String, { description: "The mobile number as printed on receipts: 138****0001." })
  maskedPhone(@Root() member: Member): string {
    return maskMobileNumber(member.phone);
  }

  @FieldResolver(() => MemberTier, { nullable: true })
  async tier(@Root() member: Member, @Ctx() ctx: Context): Promise<MemberTier | null> {
    return member.tierId ? ctx.loaders.tier.load(member.tierId) : null;
  }

  @FieldResolver(() => Store, { nullable: true })
  async homeStore(@Root() member: Member, @Ctx() ctx: Context): Promise<Store | null> {
    return member.homeStoreId ? ((await ctx.loaders.store.load(member.homeStoreId)) as Store | null) : null;
  }

  @FieldResolver(() => PointsEntryConnection, { description: "The points ledger, newest first." })
  async points(@Root() member: Member, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<PointsEntryConnection> {
    return (await ctx.services.members.points(member.id, page)) as unknown as PointsEntryConnection;
  }

  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description:
      "The member's orders, newest first: all of them for the member; for staff, those their order:read covers (null without it).",
  })
  async orders(@Root() member: Member, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<OrderConnection | null> {
    const viewer = ctx.viewer;
    if (viewer?.kind === "MEMBER") {
      if (viewer.memberId !== member.id) return null;
      return (await ctx.services.orders.ofMember(viewer, page)) as unknown as OrderConnection;
    }
    const scope = viewer?.kind === "STAFF" ? authz.scopeOf(viewer, "order:read") : null;
    if (!viewer || !scope) return null;
    const orders = await ctx.services.orders.list(viewer.merchantId, scope, { memberId: member.id }, null, page);
    return orders as unknown as OrderConnection;
  }
}
