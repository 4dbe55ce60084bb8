import { IsOptional, Length, ValidateNested } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { segmentOf, segmentRules } from "./member-segment.service.ts";
import { MemberSegment, MemberSegmentConnection, MemberSegmentRulesInput } from "./segment.types.ts";

@ArgsType()
class SaveMemberSegmentArgs {
  @Field(() => ID, { nullable: true, description: "Omit to create a new segment." }) @IsOptional() @Length(1, 64) id?: string | null;
  @Field(() => String) @Length(1, 100) name!: string;
  @Field(() => MemberSegmentRulesInput) @ValidateNested() rules!: MemberSegmentRulesInput;
}

@Resolver(() => MemberSegment)
export class MemberSegmentResolver {
  @Query(() => MemberSegmentConnection, { description: "Saved member segments, newest first (marketing:read)." })
  async memberSegments(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<MemberSegmentConnection> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    const c = await ctx.services.segments.list(staff.merchantId, page);
    return { ...c, edges: c.edges.map((e) => ({ ...e, node: segmentOf(e.node) })) } as unknown as MemberSegmentConnection;
  }

  @Query(() => Int, { description: "How many active members match the rules now (marketing:read)." })
  async segmentSize(@Arg("rules", () => MemberSegmentRulesInput) rules: MemberSegmentRulesInput, @Ctx() ctx: Context): Promise<number> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    return ctx.services.segments.size(staff.merchantId, segmentRules(rules));
  }

  @Mutation(() => MemberSegment, { description: "Creates or renames/redefines a segment (merchant-wide marketing:write)." })
  async saveMemberSegment(@Args(() => SaveMemberSegmentArgs) args: SaveMemberSegmentArgs, @Ctx() ctx: Context): Promise<MemberSegment> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return segmentOf(await ctx.services.segments.save(staff, args.id ?? null, args.name, args.rules, ctx.audit));
  }
}
