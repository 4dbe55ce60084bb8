import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { badInput, notFound } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { requirePickupStore } from "./fulfilment-location.ts";

export type CartRecord = Prisma.CartGetPayload<{ include: { items: true } }>;

/** Whose cart: a signed-in member's, or a guest's identified by the token it was given at its first addToCart. */
export type CartOwner = { kind: "MEMBER"; merchantId: string; memberId: string } | { kind: "GUEST"; token: string };

export const MAX_CART_LINES = 100;
export const MAX_LINE_QUANTITY = 999;

/** Guest tokens are 192 random bits; only their SHA-256 is stored, so a leaked table does not open anyone's cart. */
export const hashGuestToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const newGuestToken = () => randomBytes(24).toString("base64url");

const includeItems = { items: { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] } };

/** Carts of shoppers: items, coupons, points and pickup store. Quantities change with single atomic statements. */
export class CartService {
  constructor(private readonly db: Db) {}

  async find(owner: CartOwner): Promise<CartRecord | null> {
    return owner.kind === "MEMBER"
      ? this.db.cart.findUnique({ where: { memberId: owner.memberId }, include: includeItems })
      : this.db.cart.findUnique({ where: { guestToken: hashGuestToken(owner.token) }, include: includeItems });
  }

  /** The owner's cart; a guest token that matches no cart is NOT_FOUND (the client should drop it). */
  async require(owner: CartOwner): Promise<CartRecord> {
    const cart = owner.kind === "MEMBER" ? await this.ensureMemberCart(owner) : await this.find(owner);
    if (!cart) throw notFound("Cart");
    return cart;
  }

  /**
   * Adds units of a variant (summed with what is there). Without an owner a guest cart is created and its token returned
   * once: the client keeps it and sends it with every later cart call.
   */
  async addItem(owner: CartOwner | null, variantId: string, quantity: number): Promise<{ cart: CartRecord; guestToken: string | null }> {
    const variant = await this.db.variant.findFirst({
      where: {
        id: variantId,
        status: "ACTIVE",
        product: { status: "ACTIVE" },
        ...(owner?.kind === "MEMBER" ? { merchantId: owner.merchantId } : {}),
      },
      select: { id: true, merchantId: true },
    });
    if (!variant) throw notFound("Variant", variantId);
    let guestToken = owner?.kind === "GUEST" ? owner.token : null;
    let cart: CartRecord;
    if (owner) {
      cart = await this.require(owner);
    } else {
      guestToken = newGuestToken();
      cart = await this.db.cart.create({
        data: { merchantId: variant.merchantId, guestToken: hashGuestToken(guestToken), couponCodes: [] },
        include: includeItems,
      });
    }
    if (cart.merchantId !== variant.merchantId) throw notFound("Variant", variantId);
    if (cart.items.length >= MAX_CART_LINES && !cart.items.some((i) => i.variantId === variantId)) {
      throw badInput(`A cart holds at most ${MAX_CART_LINES} different items.`, [{ field: "variantId", message: "cart full" }]);
    }
    await this.db.$executeRawUnsafe(
      `INSERT INTO "CartItem" (id, "cartId", "variantId", quantity) VALUES ($1, $2, $3, $4)
       ON CONFLICT ("cartId", "variantId") DO UPDATE SET quantity = LEAST("CartItem".quantity + EXCLUDED.quantity, ${MAX_LINE_QUANTITY})`,
      randomUUID(),
      cart.id,
      variantId,
      quantity,
    );
    return { cart: await this.touch(cart.id), guestToken };
  }

  async updateItem(owner: CartOwner, variantId: string, quantity: number): Promise<CartRecord> {
    const cart = await this.require(owner);
    const updated = await this.db.cartItem.updateMany({ where: { cartId: cart.id, variantId }, data: { quantity } });
    if (updated.count === 0) throw notFound("Cart item", variantId);
    return this.touch(cart.id);
  }

  async removeItem(owner: CartOwner, variantId: string): Promise<CartRecord> {
    const cart = await this.require(owner);
    await this.db.cartItem.deleteMany({ where: { cartId: cart.id, variantId } });
    return this.touch(cart.id);
  }

  async setCoupons(owner: CartOwner, codes: string[]): Promise<CartRecord> {
    const cart = await this.require(owner);
    const couponCodes = [...new Set(codes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
    return this.db.cart.update({ where: { id: cart.id }, data: { couponCodes }, include: includeItems });
  }

  async setPoints(owner: Extract<CartOwner, { kind: "MEMBER" }>, points: number): Promise<CartRecord> {
    const cart = await this.require(owner);
    return this.db.cart.update({ where: { id: cart.id }, data: { pointsToRedeem: points }, include: includeItems });
  }

  /** null = delivery from the warehouse. */
  async setPickupStore(owner: CartOwner, storeId: string | null): Promise<CartRecord> {
    const cart = await this.require(owner);
    const store = storeId ? await requirePickupStore(this.db, cart.merchantId, storeId) : null;
    return this.db.cart.update({ where: { id: cart.id }, data: { storeId: store }, include: includeItems });
  }

  /**
   * Moves a guest cart into the member's: quantities of the same variant are summed, coupon codes united, the member's
   * pickup store kept (else the guest's); the guest cart is deleted. A token that matches no cart changes nothing, so a
   * retried merge is harmless.
   */
  async mergeGuestCart(owner: Extract<CartOwner, { kind: "MEMBER" }>, guestToken: string): Promise<CartRecord> {
    const member = await this.ensureMemberCart(owner);
    await this.db.$transaction(async (tx) => {
      const guest = await tx.$queryRawUnsafe<{ id: string; merchantId: string; storeId: string | null; couponCodes: string[] }[]>(
        `SELECT id, "merchantId", "storeId", "couponCodes" FROM "Cart" WHERE "guestToken" = $1 FOR UPDATE`,
        hashGuestToken(guestToken),
      );
      const g = guest[0];
      if (!g || g.merchantId !== owner.merchantId) return;
      await tx.$executeRawUnsafe(
        `INSERT INTO "CartItem" (id, "cartId", "variantId", quantity, "createdAt")
         SELECT gen_random_uuid()::text, $1, g."variantId", g.quantity, g."createdAt" FROM "CartItem" g WHERE g."cartId" = $2
         ON CONFLICT ("cartId", "variantId") DO UPDATE SET quantity = LEAST("CartItem".quantity + EXCLUDED.quantity, ${MAX_LINE_QUANTITY})`,
        member.id,
        g.id,
      );
      await tx.$executeRawUnsafe(
        `UPDATE "Cart" SET "couponCodes" = ARRAY(SELECT DISTINCT unnest("couponCodes" || $2::text[])),
           "storeId" = COALESCE("storeId", $3), "updatedAt" = now()
         WHERE id = $1`,
        member.id,
        g.couponCodes,
        g.storeId,
      );
      await tx.cart.delete({ where: { id: g.id } });
    });
    return this.touch(member.id);
  }

  private async ensureMemberCart(owner: Extract<CartOwner, { kind: "MEMBER" }>): Promise<CartRecord> {
    await this.db.$executeRawUnsafe(
      `INSERT INTO "Cart" (id, "merchantId", "memberId", "couponCodes", "updatedAt") VALUES ($1, $2, $3, '{}', now())
       ON CONFLICT ("memberId") DO NOTHING`,
      randomUUID(),
      owner.merchantId,
      owner.memberId,
    );
    return this.db.cart.findUniqueOrThrow({ where: { memberId: owner.memberId }, include: includeItems });
  }

  private touch(cartId: string): Promise<CartRecord> {
    return this.db.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() }, include: includeItems });
  }
}
