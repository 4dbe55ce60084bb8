import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { Member } from "../members/members.types.ts";
import { Store } from "../stores/stores.types.ts";
import type { CampaignRow } from "./campaign.service.ts";
import {
  Campaign,
  CampaignConnection,
  CreateCampaignInput,
  CreateMemberEventInput,
  EventSignup,
  EventSignupConnection,
  EventSignupResult,
  MarketingListArgs,
  MemberEvent,
  MemberEventConnection,
  UpdateCampaignInput,
  UpdateMemberEventInput,
} from "./engagement.types.ts";
import { EventSignupError } from "./marketing-errors.ts";
import { promotionOf } from "./promotion-data.ts";

/** Drafts and inactive items are for staff with marketing:read; everyone else sees what is live. */
function listAudience(ctx: Context, includeInactive: boolean) {
  if (includeInactive) return { merchantId: authz.require(ctx.viewer, "marketing:read").staff.merchantId, all: true };
  return { merchantId: ctx.viewer?.merchantId ?? null, all: false };
}

function campaignOf(row: CampaignRow, all: boolean): Campaign {
  return { ...row, promotions: row.promotions.filter((p) => all || p.status === "ACTIVE").map(promotionOf) };
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: "Live campaigns with their banners, for the storefront home. Public." })
  async campaigns(@Args(() => MarketingListArgs) args: MarketingListArgs, @Ctx() ctx: Context): Promise<CampaignConnection> {
    const { merchantId, all } = listAudience(ctx, args.includeInactive);
    const c = await ctx.services.campaigns.list(merchantId, all, args);
    return {
      ...c,
      edges: c.edges.map((e) => ({ ...e, node: campaignOf(e.node, all) })),
    } as unknown as CampaignConnection;
  }

  @Mutation(() => Campaign, { description: "Creates a campaign grouping promotions (merchant-wide marketing:write)." })
  async createCampaign(@Arg("input", () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: Context): Promise<Campaign> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return campaignOf(await ctx.services.campaigns.create(staff, input, ctx.audit), true);
  }

  @Mutation(() => Campaign, { description: "Changes a campaign (merchant-wide marketing:write)." })
  async updateCampaign(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<Campaign> {
    const staff = authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return campaignOf(await ctx.services.campaigns.update(staff, id, input, ctx.audit), true);
  }
}

@Resolver(() => MemberEvent)
export class MemberEventResolver {
  @Query(() => MemberEventConnection, {
    description: "Upcoming member events, soonest first. Public; signedUp is set for a signed-in member.",
  })
  async memberEvents(@Args(() => MarketingListArgs) args: MarketingListArgs, @Ctx() ctx: Context): Promise<MemberEventConnection> {
    const { merchantId, all } = listAudience(ctx, args.includeInactive);
    const memberId = ctx.viewer?.kind === "MEMBER" ? ctx.viewer.memberId : null;
    return (await ctx.services.memberEvents.list(merchantId, memberId, all, args)) as unknown as MemberEventConnection;
  }

  @Mutation(() => MemberEvent, { description: "Creates a member event (marketing:write in its store, or merchant-wide)." })
  async createMemberEvent(
    @Arg("input", () => CreateMemberEventInput) input: CreateMemberEventInput,
    @Ctx() ctx: Context,
  ): Promise<MemberEvent> {
    const staff = input.storeId
      ? authz.requireInStore(ctx.viewer, "marketing:write", input.storeId)
      : authz.requireMerchantWide(ctx.viewer, "marketing:write");
    return ctx.services.memberEvents.create(staff, input, ctx.audit);
  }

  @Mutation(() => MemberEvent, {
    description:
      "Changes a member event (marketing:write in its store, or merchant-wide for an event without one); status ENDED cancels it.",
  })
  async updateMemberEvent(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateMemberEventInput) input: UpdateMemberEventInput,
    @Ctx() ctx: Context,
  ): Promise<MemberEvent> {
    const { staff } = authz.require(ctx.viewer, "marketing:write");
    return ctx.services.memberEvents.update(staff, id, input, ctx.audit);
  }

  @Query(() => EventSignupConnection, {
    description:
      "Who signed up for an event, first come first (marketing:read in its store, or merchant-wide for an event without one, and member:read).",
  })
  async memberEventSignups(
    @Arg("eventId", () => ID) eventId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<EventSignupConnection> {
    const { staff, scope } = authz.require(ctx.viewer, "marketing:read");
    authz.require(staff, "member:read");
    return (await ctx.services.memberEvents.signups(staff, scope, eventId, page)) as unknown as EventSignupConnection;
  }

  @Mutation(() => EventSignupResult, { description: "The signed-in member takes a seat at an event (again: the same seat)." })
  async signUpForEvent(@Arg("eventId", () => ID) eventId: string, @Ctx() ctx: Context): Promise<typeof EventSignupResult> {
    const member = authz.requireMember(ctx.viewer);
    const outcome = await ctx.services.memberEvents.signUp(member, eventId, ctx.audit);
    if (outcome.ok) return Object.assign(new EventSignup(), outcome.signup);
    ctx.audit.written = true; // nothing changed
    return Object.assign(new EventSignupError(), { code: outcome.code, message: outcome.message, eventId: outcome.eventId });
  }

  @Mutation(() => Boolean, { description: "The signed-in member gives their seat back; false when they held none." })
  async cancelEventSignup(@Arg("eventId", () => ID) eventId: string, @Ctx() ctx: Context): Promise<boolean> {
    const member = authz.requireMember(ctx.viewer);
    return ctx.services.memberEvents.cancelSignup(member, eventId, ctx.audit);
  }

  @FieldResolver(() => Store, { nullable: true })
  async store(@Root() event: MemberEvent, @Ctx() ctx: Context): Promise<Store | null> {
    return event.storeId ? ((await ctx.loaders.store.load(event.storeId)) as Store | null) : null;
  }
}

@Resolver(() => EventSignup)
export class EventSignupResolver {
  @FieldResolver(() => Member, { nullable: true })
  async member(@Root() signup: EventSignup, @Ctx() ctx: Context): Promise<Member | null> {
    const viewer = ctx.viewer;
    const allowed =
      viewer?.kind === "MEMBER" ? viewer.memberId === signup.memberId : Boolean(viewer && authz.scopeOf(viewer, "member:read"));
    return allowed ? ((await ctx.loaders.member.load(signup.memberId)) as Member | null) : null;
  }

  @FieldResolver(() => MemberEvent)
  async event(@Root() signup: EventSignup, @Ctx() ctx: Context): Promise<MemberEvent> {
    const memberId = ctx.viewer?.kind === "MEMBER" ? ctx.viewer.memberId : null;
    const event = await ctx.services.memberEvents.get(signup.eventId, memberId);
    if (!event) throw new Error(`signup ${signup.id} has no event`);
    return event;
  }
}
