import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import {
  ADD,
  CART,
  type Item,
  MERGE,
  memberClient,
  pickItems,
  SET_COUPONS,
  SET_POINTS,
  SET_STORE,
  setStock,
} from "../online-checkout/online-test-fixtures.ts";

let env: TestEnv;
let warehouse: string;
let shanghai: string;
let items: Item[];

beforeAll(async () => {
  env = await createTestEnv();
  warehouse = env.demo.storeIds.warehouse;
  shanghai = env.demo.storeIds.shanghai;
  items = await pickItems(env, warehouse, 3, { minPrice: 1000 });
});
afterAll(async () => {
  await env?.close();
});

describe("cart", () => {
  it("gives a guest an unguessable token on the first add, and the cart cannot be read without it", async () => {
    const [a] = items as [Item];
    const first = await env.anon.ok(ADD, { v: a.variantId, q: 2 });
    const token: string = first.addToCart.guestToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.addToCart).toMatchObject({
      itemCount: 2,
      subtotal: a.price * 2,
      total: a.price * 2,
      points: null,
      fulfilmentLocation: { id: warehouse, code: "WH01" },
    });
    // Only the token's hash is stored.
    const stored = await env.db.cart.findUniqueOrThrow({ where: { id: first.addToCart.id } });
    expect(stored.guestToken).not.toBe(token);

    expect((await env.anon.ok(CART, {})).cart).toBeNull();
    expect((await env.anon.ok(CART, { t: "x".repeat(32) })).cart).toBeNull();
    expect((await env.anon.ok(CART, { t: token })).cart).toMatchObject({ id: first.addToCart.id, itemCount: 2 });
    const other = await env.anon.ok(ADD, { v: a.variantId, q: 1 });
    expect(other.addToCart.id).not.toBe(first.addToCart.id);
    expect(TestClient.code(await env.anon.gql(SET_COUPONS, { c: ["X"] }))).toBe("UNAUTHENTICATED");
    expect(TestClient.code(await env.anon.gql(SET_COUPONS, { c: ["X"], t: "y".repeat(32) }))).toBe("NOT_FOUND");
  });

  it("prices lines like the till, with hints, coupon results and availability at the chosen location", async () => {
    const [a, b] = items as [Item, Item];
    const add = await env.anon.ok(ADD, { v: a.variantId, q: 1 });
    const t = add.addToCart.guestToken;
    await setStock(env, b.variantId, warehouse, 1);
    const cart = (await env.anon.ok(ADD, { v: b.variantId, q: 2, t })).addToCart;
    const subtotal = a.price + b.price * 2;
    expect(cart.lines).toHaveLength(2);
    expect(cart.lines[0]).toMatchObject({
      unitPrice: a.price,
      listPrice: a.price,
      lineTotal: a.price,
      sellable: true,
      inStock: true,
      variant: { id: a.variantId },
    });
    expect(cart.lines[1]).toMatchObject({ quantity: 2, available: 1, inStock: false });
    expect(cart.subtotal).toBe(subtotal);
    // Under ¥200 the merchant-wide 满200减20 promotion hints how much more to spend.
    expect(cart.promotionHints).toEqual([expect.objectContaining({ missing: 20000 - subtotal, discount: 2000 })]);

    const coupons = (await env.anon.ok(SET_COUPONS, { c: [" demo-coupon-20 ", "NOPE-1"], t })).setCartCoupons;
    expect(coupons.couponResults).toEqual([
      expect.objectContaining({ code: "DEMO-COUPON-20", applied: true, amount: 2000, errorCode: null }),
      expect.objectContaining({ code: "NOPE-1", applied: false, errorCode: "COUPON_NOT_FOUND" }),
    ]);
    expect(coupons.total).toBe(subtotal - 2000);

    const atShop = (await env.anon.ok(SET_STORE, { s: shanghai, t })).setCartPickupStore;
    expect(atShop).toMatchObject({ pickupStore: { id: shanghai }, fulfilmentLocation: { id: shanghai } });
    expect(TestClient.code(await env.anon.gql(SET_STORE, { s: warehouse, t }))).toBe("BAD_USER_INPUT");
  });

  it("merges a guest cart into the member's on sign-in, summing quantities, and only once", async () => {
    const [a, b] = items as [Item, Item];
    const guest = (await env.anon.ok(ADD, { v: a.variantId, q: 2 })).addToCart;
    const t = guest.guestToken;
    await env.anon.ok(ADD, { v: b.variantId, q: 1, t });
    await env.anon.ok(SET_COUPONS, { c: ["DEMO-COUPON-20"], t });

    const member = await memberClient(env, "13911110001");
    await member.ok(ADD, { v: a.variantId, q: 1 });
    expect(TestClient.code(await env.anon.gql(MERGE, { t }))).toBe("UNAUTHENTICATED");
    const merged = (await member.ok(MERGE, { t })).mergeGuestCart;
    expect(merged.guestToken).toBeNull();
    const quantities = Object.fromEntries(
      merged.lines.map((l: { variant: { id: string }; quantity: number }) => [l.variant.id, l.quantity]),
    );
    expect(quantities).toEqual({ [a.variantId]: 3, [b.variantId]: 1 });
    expect(merged.couponResults.map((c: { code: string }) => c.code)).toEqual(["DEMO-COUPON-20"]);
    expect((await env.anon.ok(CART, { t })).cart).toBeNull();
    const again = (await member.ok(MERGE, { t })).mergeGuestCart;
    expect(again.itemCount).toBe(4);
    // The member sees their own cart whatever token they send; another member does not see it.
    expect((await member.ok(CART, { t: "z".repeat(32) })).cart.id).toBe(merged.id);
    const other = await memberClient(env, "13911110002");
    expect((await other.ok(CART, {})).cart).toMatchObject({ itemCount: 0 });
    expect((await other.ok(CART, {})).cart.id).not.toBe(merged.id);
  });

  it("shows a member's redeemable points and validates the requested redemption", async () => {
    const [a] = items as [Item];
    const member = await memberClient(env, "13800000003");
    const balance = (await env.db.member.findFirstOrThrow({ where: { phone: "13800000003" } })).pointsBalance;
    const cart = (await member.ok(ADD, { v: a.variantId, q: 1 })).addToCart;
    // Demo settings: 1 point = 1分, at most half the order.
    const max = Math.min(balance, Math.floor(cart.total / 2));
    expect(cart.points).toMatchObject({ balance, requested: 0, applied: 0, maxRedeemable: max, maxRedeemableValue: max });
    const tooMany = (await member.ok(SET_POINTS, { p: cart.total })).setCartPoints;
    expect(tooMany.points.errorCode).toMatch(/^POINTS_/);
    expect(tooMany.amountDue).toBe(tooMany.total);
    const some = (await member.ok(SET_POINTS, { p: 100 })).setCartPoints;
    expect(some.points).toMatchObject({ applied: 100, value: 100, errorCode: null });
    expect(some.amountDue).toBe(some.total - 100);
    expect(TestClient.code(await env.anon.gql(SET_POINTS, { p: 1 }))).toBe("UNAUTHENTICATED");
    const staff = await env.as("cashier.sh");
    expect(TestClient.code(await staff.gql(CART, {}))).toBe("FORBIDDEN");
  });

  it("refuses bad quantities and unknown variants", async () => {
    const [a] = items as [Item];
    expect(TestClient.code(await env.anon.gql(ADD, { v: a.variantId, q: 0 }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await env.anon.gql(ADD, { v: a.variantId, q: 1000 }))).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await env.anon.gql(ADD, { v: "no-such-variant", q: 1 }))).toBe("NOT_FOUND");
  });
});
