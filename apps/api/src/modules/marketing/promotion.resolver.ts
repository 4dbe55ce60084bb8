import { IsIn, Length } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { MarketingStatus } from "../../generated/prisma/enums.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { MarketingStatusError } from "./marketing-errors.ts";
import { promotionOf } from "./promotion-data.ts";
import { CartPreview, PreviewPromotionCartArgs } from "./promotion-preview.types.ts";
import type { PromotionOutcome } from "./promotion.service.ts";
import {
  CreatePromotionInput,
  Promotion,
  PromotionConnection,
  PromotionFilter,
  PromotionResult,
  UpdatePromotionInput,
} from "./promotion.types.ts";

@ArgsType()
class SetPromotionStatusArgs {
  @Field(() => ID) @Length(1, 64) id!: string;
  @Field(() => MarketingStatus, { description: "ACTIVE, PAUSED or ENDED." })
  @IsIn([MarketingStatus.ACTIVE, MarketingStatus.PAUSED, MarketingStatus.ENDED])
  status!: MarketingStatus;
}

function promotionResult(ctx: Context, outcome: PromotionOutcome): typeof PromotionResult {
  if (outcome.ok) return Object.assign(new Promotion(), promotionOf(outcome.promotion));
  ctx.audit.written = true; // refused: nothing changed
  return Object.assign(new MarketingStatusError(), { code: outcome.code, message: outcome.message, status: outcome.status });
}

@Resolver(() => Promotion)
export class PromotionResolver {
  @Query(() => PromotionConnection, { description: "Promotions, newest first (marketing:read)." })
  async promotions(
    @Arg("filter", () => PromotionFilter, { nullable: true }) filter: PromotionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<PromotionConnection> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    const connection = await ctx.services.promotions.list(staff.merchantId, filter, page);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ ...e, node: promotionOf(e.node) })),
    } as unknown as PromotionConnection;
  }

  @Query(() => Promotion, { nullable: true })
  async promotion(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Promotion | null> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    const row = await ctx.services.promotions.get(staff.merchantId, id);
    return row ? promotionOf(row) : null;
  }

  @Query(() => CartPreview, {
    description:
      "Prices a cart the way a till would, optionally with a draft promotion: the promotion builder's live preview (marketing:read).",
  })
  async previewPromotionCart(
    @Args(() => PreviewPromotionCartArgs) args: PreviewPromotionCartArgs,
    @Ctx() ctx: Context,
  ): Promise<CartPreview> {
    const { staff } = authz.require(ctx.viewer, "marketing:read");
    return ctx.services.promotionPreview.preview(staff, args);
  }

  @Mutation(() => Promotion, { description: "Creates a promotion, DRAFT or ACTIVE (merchant-wide marketing:write)." })
  async createPromotion(@Arg("input", () => CreatePromotionInput) input: CreatePromotionInput, @Ctx() ctx: Context): Promise<Promotion> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return promotionOf(await ctx.services.promotions.create(staff, input, ctx.audit));
  }

  @Mutation(() => PromotionResult, { description: "Changes a promotion that has not ended (merchant-wide marketing:write)." })
  async updatePromotion(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdatePromotionInput) input: UpdatePromotionInput,
    @Ctx() ctx: Context,
  ): Promise<typeof PromotionResult> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return promotionResult(ctx, await ctx.services.promotions.update(staff, id, input, ctx.audit));
  }

  @Mutation(() => PromotionResult, { description: "Activates, pauses or ends a promotion (ENDED is final)." })
  async setPromotionStatus(
    @Args(() => SetPromotionStatusArgs) args: SetPromotionStatusArgs,
    @Ctx() ctx: Context,
  ): Promise<typeof PromotionResult> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return promotionResult(ctx, await ctx.services.promotions.setStatus(staff, args.id, args.status, ctx.audit));
  }
}
