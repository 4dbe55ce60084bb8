import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { forbidden, invalidField, unauthenticated } from "../../errors/api-errors.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { auditAsRequest } from "./loyalty-audit.ts";
import { MemberTierEvaluation, PointsExpiryRun, TierChange, TierChangeConnection, TierEvaluationRun, TierMove } from "./loyalty.types.ts";
import { MemberTier, PointsEntryConnection } from "./members.types.ts";

/** Whose ledger a request may read: a member their own (no id needed); staff with member:read any member's, by id. */
async function ledgerOwner(ctx: Context, memberId: string | null | undefined): Promise<string> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.kind === "MEMBER") {
    if (memberId && memberId !== viewer.memberId) throw forbidden("Members see their own history only.");
    return viewer.memberId;
  }
  const { staff } = authz.require(viewer, "member:read");
  if (!memberId) throw invalidField("memberId", "Say whose history to show.");
  return (await ctx.services.members.byId(staff.merchantId, memberId)).id;
}

const tierOf = (ctx: Context, id: string | null) => (id ? ctx.loaders.tier.load(id) : null);

/** The points ledger and tier history, and the loyalty jobs on demand. */
@Resolver()
export class LoyaltyResolver {
  @Query(() => PointsEntryConnection, {
    description:
      "A points ledger, newest first: the signed-in member's own (memberId left out), or any member's for staff with member:read.",
  })
  async pointsHistory(
    @Arg("memberId", () => ID, { nullable: true }) memberId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<PointsEntryConnection> {
    const owner = await ledgerOwner(ctx, memberId);
    return (await ctx.services.members.points(owner, page)) as unknown as PointsEntryConnection;
  }

  @Query(() => TierChangeConnection, {
    description: "Tier changes, newest first: the signed-in member's own (memberId left out), or any member's for staff with member:read.",
  })
  async tierHistory(
    @Arg("memberId", () => ID, { nullable: true }) memberId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<TierChangeConnection> {
    const owner = await ledgerOwner(ctx, memberId);
    return (await ctx.services.tierEvaluation.history(owner, page)) as unknown as TierChangeConnection;
  }

  @Mutation(() => PointsExpiryRun, {
    description:
      "Expires the merchant's points lots that are due now (merchant-wide member:write, i.e. owners). The timer does this hourly.",
  })
  async runPointsExpiry(@Ctx() ctx: Context): Promise<PointsExpiryRun> {
    const staff = authz.requireMerchantWide(ctx.viewer, "member:write");
    return ctx.services.pointsExpiry.expirePoints(new Date(), { merchantId: staff.merchantId, audit: auditAsRequest(ctx.audit) });
  }

  @Mutation(() => TierEvaluationRun, {
    description: "Re-evaluates every member's tier now (merchant-wide marketing:write: owners and marketing). The timer does this daily.",
  })
  async runTierEvaluation(@Ctx() ctx: Context): Promise<TierEvaluationRun> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return ctx.services.tierEvaluation.evaluateTiers(new Date(), { merchantId: staff.merchantId, audit: auditAsRequest(ctx.audit) });
  }

  @Mutation(() => MemberTierEvaluation, {
    description:
      "Evaluates one member's tier now and applies an upgrade or downgrade (member:write or marketing:write), e.g. after a sale.",
  })
  async evaluateMemberTier(@Arg("memberId", () => ID) memberId: string, @Ctx() ctx: Context): Promise<MemberTierEvaluation> {
    const staff = authz.requireStaff(ctx.viewer);
    if (!authz.scopeOf(staff, "member:write") && !authz.scopeOf(staff, "marketing:write")) {
      throw forbidden("Missing permission member:write or marketing:write.");
    }
    const outcome = await ctx.services.tierEvaluation.evaluateMember(staff.merchantId, memberId, new Date(), auditAsRequest(ctx.audit));
    const { evaluation } = outcome;
    return {
      member: await ctx.services.members.byId(staff.merchantId, memberId),
      move: evaluation.change as TierMove,
      applied: outcome.applied,
      reason: evaluation.reason,
      rollingSpend: outcome.rollingSpend,
      previousTierId: evaluation.previousTierId,
      tierId: evaluation.change === "UNCHANGED" || outcome.applied ? evaluation.tierId : evaluation.previousTierId,
      nextTierId: evaluation.next?.tierId ?? null,
      missingSpend: evaluation.next?.missingSpend ?? null,
    };
  }
}

@Resolver(() => TierChange)
export class TierChangeResolver {
  @FieldResolver(() => MemberTier, { nullable: true })
  fromTier(@Root() change: TierChange, @Ctx() ctx: Context) {
    return tierOf(ctx, change.fromTierId);
  }

  @FieldResolver(() => MemberTier, { nullable: true })
  toTier(@Root() change: TierChange, @Ctx() ctx: Context) {
    return tierOf(ctx, change.toTierId);
  }
}

@Resolver(() => MemberTierEvaluation)
export class MemberTierEvaluationResolver {
  @FieldResolver(() => MemberTier, { nullable: true })
  previousTier(@Root() result: MemberTierEvaluation, @Ctx() ctx: Context) {
    return tierOf(ctx, result.previousTierId);
  }

  @FieldResolver(() => MemberTier, { nullable: true })
  tier(@Root() result: MemberTierEvaluation, @Ctx() ctx: Context) {
    return tierOf(ctx, result.tierId);
  }

  @FieldResolver(() => MemberTier, { nullable: true })
  nextTier(@Root() result: MemberTierEvaluation, @Ctx() ctx: Context) {
    return tierOf(ctx, result.nextTierId);
  }
}
