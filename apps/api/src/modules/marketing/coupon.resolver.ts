import { IsIn, IsOptional, Length, ValidateNested } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz, type Viewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { CouponStatus } from "../../generated/prisma/enums.ts";
import type { CouponTemplate as CouponTemplateRow } from "../../generated/prisma/client.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import type { IssueFailure } from "./coupon-issuing.service.ts";
import {
  BirthdayCouponRun,
  Coupon,
  CouponConnection,
  CouponIssueResult,
  CouponStats,
  CouponTemplate,
  CouponTemplateConnection,
  CouponTemplateFilter,
  CreateCouponTemplateInput,
  SegmentIssueResult,
  SegmentIssueSummary,
  UpdateCouponTemplateInput,
} from "./coupon.types.ts";
import { scopeOf } from "./discount-scope.ts";
import { CouponIssueError } from "./marketing-errors.ts";
import { SegmentTargetInput } from "./segment.types.ts";

@ArgsType()
class IssueToSegmentArgs {
  @Field(() => ID) @Length(1, 64) templateId!: string;
  @Field(() => SegmentTargetInput) @ValidateNested() segment!: SegmentTargetInput;
}

@ArgsType()
class MyCouponsArgs extends PageArgs {
  @Field(() => CouponStatus, { nullable: true, description: "ISSUED = usable now; EXPIRED includes unused coupons past validTo." })
  @IsOptional()
  @IsIn(Object.values(CouponStatus))
  status?: CouponStatus | null;
}

export function templateOf(row: CouponTemplateRow): CouponTemplate {
  return Object.assign(new CouponTemplate(), row, { scope: scopeOf(row.scope) });
}

function issueError(ctx: Context, failure: IssueFailure): CouponIssueError {
  ctx.audit.written = true; // nothing was issued
  return Object.assign(new CouponIssueError(), { code: failure.code, message: failure.message, templateId: failure.templateId });
}

const seesTemplateAdmin = (viewer: Viewer | null) => viewer?.kind === "STAFF" && authz.scopeOf(viewer, "marketing:read") !== null;

@Resolver(() => CouponTemplate)
export class CouponTemplateResolver {
  @Query(() => CouponTemplateConnection, { description: "Coupon templates, newest first (marketing:read)." })
  async couponTemplates(
    @Arg("filter", () => CouponTemplateFilter, { nullable: true }) filter: CouponTemplateFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<CouponTemplateConnection> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    const c = await ctx.services.couponTemplates.list(staff.merchantId, filter, page);
    return {
      ...c,
      edges: c.edges.map((e) => ({ ...e, node: templateOf(e.node) })),
    } as unknown as CouponTemplateConnection;
  }

  @Query(() => CouponTemplate, { nullable: true })
  async couponTemplate(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CouponTemplate | null> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    const row = await ctx.services.couponTemplates.get(staff.merchantId, id);
    return row ? templateOf(row) : null;
  }

  @Query(() => CouponStats, { description: "Issued, redeemed, expired, redemption rate and discount given (marketing:read)." })
  async couponStats(@Arg("templateId", () => ID) templateId: string, @Ctx() ctx: Context): Promise<CouponStats> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    return ctx.services.coupons.stats(staff.merchantId, templateId);
  }

  @Query(() => CouponTemplate, { nullable: true, description: "The template birthday coupons are issued from (marketing:read)." })
  async birthdayCouponTemplate(@Ctx() ctx: Context): Promise<CouponTemplate | null> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    const id = await ctx.services.coupons.birthdayTemplateId(staff.merchantId);
    const row = id ? await ctx.services.couponTemplates.get(staff.merchantId, id) : null;
    return row ? templateOf(row) : null;
  }

  @Mutation(() => CouponTemplate, {
    description: "Creates a coupon template (merchant-wide marketing:write). A taken claim code is a CONFLICT.",
  })
  async createCouponTemplate(
    @Arg("input", () => CreateCouponTemplateInput) input: CreateCouponTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<CouponTemplate> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return templateOf(await ctx.services.couponTemplates.create(staff, input, ctx.audit));
  }

  @Mutation(() => CouponTemplate, { description: "Changes a coupon template (merchant-wide marketing:write)." })
  async updateCouponTemplate(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCouponTemplateInput) input: UpdateCouponTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<CouponTemplate> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return templateOf(await ctx.services.couponTemplates.update(staff, id, input, ctx.audit));
  }

  @Mutation(() => Boolean, { description: "Chooses the template birthday coupons come from; null stops birthday coupons." })
  async setBirthdayCouponTemplate(
    @Arg("templateId", () => ID, { nullable: true }) templateId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return ctx.services.coupons.setBirthdayTemplate(staff, templateId, ctx.audit);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Staff with marketing:read only." })
  issuedCount(@Root() template: CouponTemplate, @Ctx() ctx: Context): number | null {
    return seesTemplateAdmin(ctx.viewer) ? template.issuedCount : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Staff with marketing:read only." })
  claimCode(@Root() template: CouponTemplate, @Ctx() ctx: Context): string | null {
    return seesTemplateAdmin(ctx.viewer) ? template.claimCode : null;
  }
}

@Resolver(() => Coupon)
export class CouponResolver {
  @Query(() => CouponConnection, { description: "The signed-in member's coupon wallet, newest first." })
  async myCoupons(@Args(() => MyCouponsArgs) args: MyCouponsArgs, @Ctx() ctx: Context): Promise<CouponConnection> {
    const member = authz.requireMember(ctx.viewer);
    return (await ctx.services.coupons.wallet(member, args.status, args)) as unknown as CouponConnection;
  }

  @Mutation(() => CouponIssueResult, { description: "Gives a member one coupon (merchant-wide marketing:write)." })
  async issueCoupon(
    @Arg("templateId", () => ID) templateId: string,
    @Arg("memberId", () => ID) memberId: string,
    @Ctx() ctx: Context,
  ): Promise<typeof CouponIssueResult> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    const outcome = await ctx.services.coupons.issueToMember(staff, templateId, memberId, ctx.audit);
    return outcome.ok ? Object.assign(new Coupon(), outcome.coupon) : issueError(ctx, outcome);
  }

  @Mutation(() => SegmentIssueResult, {
    description: "Gives one coupon to every member of a segment, within perMemberLimit and totalLimit (merchant-wide marketing:write).",
  })
  async issueCouponsToSegment(
    @Args(() => IssueToSegmentArgs) args: IssueToSegmentArgs,
    @Ctx() ctx: Context,
  ): Promise<typeof SegmentIssueResult> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    const outcome = await ctx.services.coupons.issueToSegment(staff, args.templateId, args.segment, ctx.audit);
    return outcome.ok ? Object.assign(new SegmentIssueSummary(), outcome.summary) : issueError(ctx, outcome);
  }

  @Mutation(() => CouponIssueResult, { description: "A member claims a coupon with its public claim code." })
  async claimCoupon(@Arg("claimCode", () => String) claimCode: string, @Ctx() ctx: Context): Promise<typeof CouponIssueResult> {
    const member = authz.requireMember(ctx.viewer);
    const outcome = await ctx.services.coupons.claim(member, claimCode.slice(0, 40), ctx.audit);
    return outcome.ok ? Object.assign(new Coupon(), outcome.coupon) : issueError(ctx, outcome);
  }

  @Mutation(() => BirthdayCouponRun, {
    description: "Issues today's birthday coupons now (idempotent per member per year; merchant-wide marketing:write).",
  })
  async runBirthdayCoupons(@Ctx() ctx: Context): Promise<BirthdayCouponRun> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    const run = await ctx.services.coupons.issueBirthdayCoupons(new Date(), staff.merchantId, ctx.audit);
    ctx.audit.written = true; // the run's audit row is written when coupons are issued
    return run;
  }

  @FieldResolver(() => String, { nullable: true, description: "The receipt number of the order the coupon was redeemed on." })
  async orderNumber(@Root() coupon: Coupon, @Ctx() ctx: Context): Promise<string | null> {
    return coupon.orderId ? ((await ctx.loaders.orderRef.load(coupon.orderId))?.number ?? null) : null;
  }

  @FieldResolver(() => CouponTemplate)
  async template(@Root() coupon: Coupon, @Ctx() ctx: Context): Promise<CouponTemplate> {
    const row = await ctx.loaders.couponTemplate.load(coupon.templateId);
    if (!row) throw new Error(`coupon ${coupon.id} has no template`);
    return templateOf(row);
  }
}
