// Shared by the cart, online checkout, payment webhook and fulfilment tests (not a test itself).
import { randomUUID } from "node:crypto";
import { TestClient } from "../../../test/graphql-client.ts";
import type { TestEnv } from "../../../test/test-env.ts";
import { SIGNATURE_HEADER, WEBHOOK_PATH } from "../payments/payment-webhook.route.ts";

export const CART_FIELDS = `id guestToken itemCount subtotal discountTotal total amountDue
  pickupStore { id } fulfilmentLocation { id code }
  lines { id quantity unitPrice listPrice lineSubtotal discountTotal lineTotal sellable available inStock variant { id sku } discounts { source label amount } }
  couponResults { code applied amount errorCode message missing }
  promotionHints { promotionId label missing discount }
  points { balance requested applied value maxRedeemable maxRedeemableValue errorCode }`;

export const CART = `query($t: String) { cart(guestToken: $t) { ${CART_FIELDS} } }`;
export const ADD = `mutation($v: ID!, $q: Int!, $t: String) { addToCart(variantId: $v, quantity: $q, guestToken: $t) { ${CART_FIELDS} } }`;
export const SET_COUPONS = `mutation($c: [String!]!, $t: String) { setCartCoupons(codes: $c, guestToken: $t) { ${CART_FIELDS} } }`;
export const SET_POINTS = `mutation($p: Int!) { setCartPoints(points: $p) { ${CART_FIELDS} } }`;
export const SET_STORE = `mutation($s: ID, $t: String) { setCartPickupStore(storeId: $s, guestToken: $t) { ${CART_FIELDS} } }`;
export const MERGE = `mutation($t: String!) { mergeGuestCart(guestToken: $t) { ${CART_FIELDS} } }`;

export const CHECKOUT = `mutation($i: OnlineCheckoutInput!) { checkout(input: $i) {
  __typename
  ... on OnlineCheckout { orderId orderNumber orderStatus total pointsRedeemed reservationExpiresAt replayed payment { id tender amount status qrPayload providerReference } order { id status total } }
  ... on ErrorResult { code message }
  ... on OutOfStockError { variantId available }
  ... on CouponError { couponCode missing }
} }`;

export const SIMULATE = `mutation($p: ID!, $o: SimulatedPaymentOutcome!) { simulateWalletPayment(paymentId: $p, outcome: $o) { eventId httpStatus outcome } }`;
export const CANCEL = `mutation($o: ID!, $r: String!) { cancelOrder(orderId: $o, reason: $r) {
  __typename
  ... on OrderCancellation { orderId orderStatus pointsReturned refunded refundFailed }
  ... on OrderStateError { code message currentOrderStatus currentFulfilmentStatus }
} }`;
export const ORDER_UPDATED = `subscription($o: ID, $s: ID) { orderUpdated(orderId: $o, storeId: $s) { orderId number storeId status total } }`;
export const PAYMENT_UPDATED = `subscription($o: ID!) { paymentUpdated(orderId: $o) { paymentId orderId status tender amount } }`;

export const ADDRESS = {
  recipient: "张三",
  phone: "138 0000 9999",
  province: "上海市",
  city: "上海市",
  district: "黄浦区",
  line: "南京东路 1 号 101 室",
  postalCode: "200001",
};

export function deliveryInput(overrides: Record<string, unknown> = {}) {
  return { fulfilment: { type: "DELIVERY", address: ADDRESS }, paymentMethod: "WECHAT_PAY", idempotencyKey: randomUUID(), ...overrides };
}

export function pickupInput(storeId: string, overrides: Record<string, unknown> = {}) {
  return { fulfilment: { type: "PICKUP", storeId }, paymentMethod: "ALIPAY", idempotencyKey: randomUUID(), ...overrides };
}

/**
 * Signs a member in by SMS code from its own client address, so a test can sign in many members without tripping the
 * per-address sign-in limit (the header only names the caller; no traffic leaves the machine).
 */
export async function memberClient(env: TestEnv, phone: string): Promise<TestClient> {
  const post = async <T>(query: string, variables: object): Promise<T> => {
    const res = await fetch(env.api.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `member-${phone}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`member sign-in failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await post(`mutation($i: MemberCodeInput!) { requestMemberLoginCode(input: $i) { phone } }`, { i: { phone } });
  const data = await post<{ memberLogin: { accessToken: string } }>(
    `mutation($i: MemberLoginInput!) { memberLogin(input: $i) { accessToken } }`,
    { i: { phone, code: env.sms.lastCodeFor(phone) } },
  );
  return new TestClient(env.api.url, env.api.wsUrl, data.memberLogin.accessToken);
}

export type Item = { variantId: string; price: number };

/** Active single-price items in categories no seeded promotion targets, with stock rows at the location. */
export async function pickItems(
  env: TestEnv,
  locationId: string,
  count: number,
  opts: { minPrice?: number; skip?: number } = {},
): Promise<Item[]> {
  const levels = await env.db.stockLevel.findMany({
    where: {
      locationId,
      variant: {
        status: "ACTIVE",
        basePrice: { gte: opts.minPrice ?? 300, lt: 5000 },
        product: { status: "ACTIVE", category: { name: { in: ["个护", "家清"] } } },
        priceOverrides: { none: {} },
        tierPrices: { none: {} },
      },
    },
    select: { variant: { select: { id: true, basePrice: true } } },
    orderBy: { variantId: "asc" },
    skip: opts.skip ?? 0,
    take: count,
  });
  if (levels.length < count) throw new Error("not enough fixture items");
  return levels.map((l) => ({ variantId: l.variant.id, price: l.variant.basePrice }));
}

export async function setStock(env: TestEnv, variantId: string, locationId: string, onHand: number, reserved = 0): Promise<void> {
  await env.db.stockLevel.update({ where: { variantId_locationId: { variantId, locationId } }, data: { onHand, reserved } });
}

export async function stockOf(env: TestEnv, variantId: string, locationId: string) {
  const s = await env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId } } });
  return { onHand: s.onHand, reserved: s.reserved, available: s.onHand - s.reserved };
}

export const webhookUrl = (env: TestEnv, provider: string) => `${env.api.url.replace(/\/graphql$/, "")}${WEBHOOK_PATH}/${provider}`;

/** POSTs a notification signed by the simulator for a payment, as the provider would. */
export async function postNotification(
  env: TestEnv,
  payment: { provider: string; providerReference: string; amount: number },
  status: "SUCCEEDED" | "FAILED" | "CLOSED",
  opts: { eventId?: string; signature?: string; amount?: number } = {},
) {
  const sim = env.api.services.payments.byName(payment.provider) as unknown as {
    notification: (n: object) => { body: string; signature: string };
  };
  const { body, signature } = sim.notification({
    eventId: opts.eventId ?? randomUUID(),
    providerReference: payment.providerReference,
    status,
    amount: opts.amount ?? payment.amount,
  });
  const res = await fetch(webhookUrl(env, payment.provider), {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: opts.signature ?? signature },
    body,
  });
  return { status: res.status, body: (await res.json()) as { outcome?: string; errors?: { extensions: { code: string } }[] } };
}

/** A member whose cart holds these items, checked out for delivery; returns the client and the checkout result. */
export async function checkedOut(
  env: TestEnv,
  phone: string,
  items: { variantId: string; quantity: number }[],
  input: Record<string, unknown> = deliveryInput(),
) {
  const member = await memberClient(env, phone);
  for (const i of items) await member.ok(ADD, { v: i.variantId, q: i.quantity });
  const res = await member.ok(CHECKOUT, { i: input });
  return { member, checkout: res.checkout };
}

/** Polls until the condition holds (e.g. a subscription event arrived) or the time is up. */
export async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
}
