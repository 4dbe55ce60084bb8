import { IsIn, IsInt, IsOptional, Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { authz, type Scope } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { CouponStatus } from "../../generated/prisma/enums.ts";
import { Coupon } from "../marketing/coupon.types.ts";
import { ServiceTicket } from "../tickets/tickets.types.ts";
import { Member } from "./members.types.ts";

@ArgsType()
class MemberCouponsArgs {
  @Field(() => CouponStatus, { nullable: true, description: "Only coupons with this stored status." })
  @IsOptional()
  @IsIn(Object.values(CouponStatus))
  status?: CouponStatus | null;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) first!: number;
}

@ArgsType()
class MemberTicketsArgs {
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first!: number;
}

/** Where the staff viewer holds member:read; null for members (they read their own through myCoupons / myTickets). */
function staffMemberScope(ctx: Context): Scope | null {
  const viewer = ctx.viewer;
  return viewer?.kind === "STAFF" ? authz.scopeOf(viewer, "member:read") : null;
}

/** A member's coupons and service tickets as staff see them on the member's profile, one query per list of members. */
@Resolver(() => Member)
export class MemberActivityResolver {
  @FieldResolver(() => [Coupon], {
    nullable: true,
    description: "The member's coupons, newest first (staff with member:read; null for others — members use myCoupons).",
  })
  async coupons(
    @Root() member: Member,
    @Args(() => MemberCouponsArgs) args: MemberCouponsArgs,
    @Ctx() ctx: Context,
  ): Promise<Coupon[] | null> {
    if (!staffMemberScope(ctx)) return null;
    const coupons = await ctx.loaders.couponsByMember.load(member.id);
    return coupons.filter((c) => !args.status || c.status === args.status).slice(0, args.first) as Coupon[];
  }

  @FieldResolver(() => [ServiceTicket], {
    nullable: true,
    description:
      "The member's feedback and service tickets, newest first: those of the stores where the viewer holds member:read (tickets without a store need it merchant-wide); null for others — members use myTickets.",
  })
  async tickets(
    @Root() member: Member,
    @Args(() => MemberTicketsArgs) args: MemberTicketsArgs,
    @Ctx() ctx: Context,
  ): Promise<ServiceTicket[] | null> {
    const scope = staffMemberScope(ctx);
    if (!scope) return null;
    const tickets = await ctx.loaders.ticketsByMember.load(member.id);
    return tickets.filter((t) => authz.canSeeStore(scope, t.storeId)).slice(0, args.first) as ServiceTicket[];
  }
}
