import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz, type Viewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { forbidden, unauthenticated } from "../../errors/api-errors.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";
import type { CartOwner, CartRecord } from "./cart.service.ts";
import {
  AddToCartArgs,
  Cart,
  CartLine,
  GuestTokenArgs,
  MergeGuestCartArgs,
  RemoveCartItemArgs,
  SetCartCouponsArgs,
  SetCartPickupStoreArgs,
  SetCartPointsArgs,
  UpdateCartItemArgs,
} from "./cart.types.ts";

/** Members use their own cart (a guest token is ignored); guests are known only by their token; staff have no cart. */
function ownerOf(viewer: Viewer | null, guestToken: string | null | undefined): CartOwner | null {
  if (viewer?.kind === "STAFF") throw forbidden("Carts belong to shoppers.");
  if (viewer?.kind === "MEMBER") return { kind: "MEMBER", merchantId: viewer.merchantId, memberId: viewer.memberId };
  return guestToken ? { kind: "GUEST", token: guestToken } : null;
}

function requireOwner(viewer: Viewer | null, guestToken: string | null | undefined): CartOwner {
  const owner = ownerOf(viewer, guestToken);
  if (!owner) throw unauthenticated("Sign in, or send the guest cart's token.");
  return owner;
}

const tokenOf = (owner: CartOwner | null) => (owner?.kind === "GUEST" ? owner.token : null);

@Resolver(() => Cart)
export class CartResolver {
  @Query(() => Cart, {
    nullable: true,
    description: "The signed-in member's cart, or a guest's cart by its token (null when there is none).",
  })
  async cart(@Args(() => GuestTokenArgs) args: GuestTokenArgs, @Ctx() ctx: Context): Promise<Cart | null> {
    const owner = ownerOf(ctx.viewer, args.guestToken);
    if (!owner) return null;
    const cart = await ctx.services.carts.find(owner);
    if (!cart) {
      if (owner.kind === "GUEST") return null;
      return this.view(ctx, await ctx.services.carts.require(owner), null);
    }
    return this.view(ctx, cart, tokenOf(owner));
  }

  @Mutation(() => Cart, { description: "Adds units of a variant. A guest's first call creates the cart and returns its guestToken." })
  async addToCart(@Args(() => AddToCartArgs) args: AddToCartArgs, @Ctx() ctx: Context): Promise<Cart> {
    const { cart, guestToken } = await ctx.services.carts.addItem(ownerOf(ctx.viewer, args.guestToken), args.variantId, args.quantity);
    ctx.audit.written = true; // carts are shopper scratch data, not business records
    return this.view(ctx, cart, guestToken);
  }

  @Mutation(() => Cart, { description: "Sets the quantity of an item already in the cart." })
  async updateCartItem(@Args(() => UpdateCartItemArgs) args: UpdateCartItemArgs, @Ctx() ctx: Context): Promise<Cart> {
    const owner = requireOwner(ctx.viewer, args.guestToken);
    ctx.audit.written = true;
    return this.view(ctx, await ctx.services.carts.updateItem(owner, args.variantId, args.quantity), tokenOf(owner));
  }

  @Mutation(() => Cart)
  async removeCartItem(@Args(() => RemoveCartItemArgs) args: RemoveCartItemArgs, @Ctx() ctx: Context): Promise<Cart> {
    const owner = requireOwner(ctx.viewer, args.guestToken);
    ctx.audit.written = true;
    return this.view(ctx, await ctx.services.carts.removeItem(owner, args.variantId), tokenOf(owner));
  }

  @Mutation(() => Cart, { description: "Replaces the cart's coupon codes; couponResults says which apply and why not." })
  async setCartCoupons(@Args(() => SetCartCouponsArgs) args: SetCartCouponsArgs, @Ctx() ctx: Context): Promise<Cart> {
    const owner = requireOwner(ctx.viewer, args.guestToken);
    ctx.audit.written = true;
    return this.view(ctx, await ctx.services.carts.setCoupons(owner, args.codes), tokenOf(owner));
  }

  @Mutation(() => Cart, { description: "Points to redeem at checkout (members only); 0 = none." })
  async setCartPoints(@Args(() => SetCartPointsArgs) args: SetCartPointsArgs, @Ctx() ctx: Context): Promise<Cart> {
    const member = authz.requireMember(ctx.viewer);
    ctx.audit.written = true;
    const cart = await ctx.services.carts.setPoints(
      { kind: "MEMBER", merchantId: member.merchantId, memberId: member.memberId },
      args.points,
    );
    return this.view(ctx, cart, null);
  }

  @Mutation(() => Cart, { description: "Chooses a pickup store (prices and stock are then that store's), or null for delivery." })
  async setCartPickupStore(@Args(() => SetCartPickupStoreArgs) args: SetCartPickupStoreArgs, @Ctx() ctx: Context): Promise<Cart> {
    const owner = requireOwner(ctx.viewer, args.guestToken);
    ctx.audit.written = true;
    return this.view(ctx, await ctx.services.carts.setPickupStore(owner, args.storeId ?? null), tokenOf(owner));
  }

  @Mutation(() => Cart, {
    description: "After signing in: moves the guest cart into the member's, summing quantities. Retrying is harmless.",
  })
  async mergeGuestCart(@Args(() => MergeGuestCartArgs) args: MergeGuestCartArgs, @Ctx() ctx: Context): Promise<Cart> {
    const member = authz.requireMember(ctx.viewer);
    const cart = await ctx.services.carts.mergeGuestCart(
      { kind: "MEMBER", merchantId: member.merchantId, memberId: member.memberId },
      args.guestToken,
    );
    await ctx.audit.record(ctx.db, { action: "cart.mergeGuest", entityType: "Cart", entityId: cart.id });
    return this.view(ctx, cart, null);
  }

  @FieldResolver(() => Store, { nullable: true })
  async pickupStore(@Root() cart: Cart, @Ctx() ctx: Context): Promise<Store | null> {
    return cart.pickupStoreId ? ((await ctx.loaders.store.load(cart.pickupStoreId)) as Store | null) : null;
  }

  @FieldResolver(() => Store)
  async fulfilmentLocation(@Root() cart: Cart, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(cart.locationId)) as Store;
  }

  private async view(ctx: Context, cart: CartRecord, guestToken: string | null): Promise<Cart> {
    return (await ctx.services.cartPricing.view(cart, guestToken)) as Cart;
  }
}

@Resolver(() => CartLine)
export class CartLineResolver {
  @FieldResolver(() => Variant)
  async variant(@Root() line: CartLine, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(line.variantId)) as Variant;
  }
}
