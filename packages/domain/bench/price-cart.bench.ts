// Times priceCart on a realistic POS basket: 5 lines, 10 active promotions of every type, 2 coupons.
// Run: npx tsx packages/domain/bench/price-cart.bench.ts
import { pathToFileURL } from "node:url";
import { type CouponInput, type PriceCartInput, type Promotion, priceCart } from "../src/index.ts";

const WARM_UP_ITERATIONS = 5_000;
const MEASURED_ITERATIONS = 50_000;

const promotionBase = {
  memberOnly: false,
  tierIds: [],
  exclusive: false,
  stackableWithCoupons: true,
  startsAt: new Date("2025-01-01T00:00:00Z"),
  endsAt: new Date("2026-01-01T00:00:00Z"),
} as const;

const promotions: Promotion[] = [
  {
    ...promotionBase,
    id: "p01",
    name: "Dairy 10% off",
    priority: 9,
    scope: { categoryIds: ["dairy"] },
    type: "PERCENT_OFF",
    params: { bps: 1000 },
  },
  {
    ...promotionBase,
    id: "p02",
    name: "¥1 off snacks",
    priority: 8,
    scope: { categoryIds: ["snacks"] },
    type: "AMOUNT_OFF",
    params: { amount: 100, per: "UNIT" },
  },
  {
    ...promotionBase,
    id: "p03",
    name: "满200减20 / 满500减80",
    priority: 1,
    scope: {},
    type: "SPEND_SAVE",
    params: {
      tiers: [
        { threshold: 20000, discount: 2000 },
        { threshold: 50000, discount: 8000 },
      ],
    },
  },
  {
    ...promotionBase,
    id: "p04",
    name: "Drinks buy 2 get 1",
    priority: 7,
    scope: { categoryIds: ["drinks"] },
    type: "BUY_X_GET_Y",
    params: { buyQty: 2, getQty: 1, getDiscountBps: 10000 },
  },
  {
    ...promotionBase,
    id: "p05",
    name: "第二件半价",
    priority: 6,
    scope: { brandIds: ["brand-a"] },
    type: "NTH_ITEM_DISCOUNT",
    params: { n: 2, bps: 5000, sameItem: true },
  },
  {
    ...promotionBase,
    id: "p06",
    name: "Snacks 3 for ¥20",
    priority: 5,
    scope: { categoryIds: ["snacks"] },
    type: "BUNDLE_PRICE",
    params: { quantity: 3, price: 2000 },
  },
  {
    ...promotionBase,
    id: "p07",
    name: "Members 5% off",
    priority: 4,
    scope: {},
    memberOnly: true,
    type: "PERCENT_OFF",
    params: { bps: 500 },
  },
  {
    ...promotionBase,
    id: "p08",
    name: "Weekend happy hour",
    priority: 3,
    scope: {},
    schedule: { daysOfWeek: [0, 6], startMinute: 900, endMinute: 1080 },
    type: "PERCENT_OFF",
    params: { bps: 800 },
  },
  {
    ...promotionBase,
    id: "p09",
    name: "¥5 off orders",
    priority: 2,
    scope: { excludeCategoryIds: ["tobacco"] },
    type: "AMOUNT_OFF",
    params: { amount: 500, per: "ORDER" },
  },
  {
    ...promotionBase,
    id: "p10",
    name: "Clearance (exclusive)",
    priority: 0,
    exclusive: true,
    scope: { variantIds: ["v-clear"] },
    type: "PERCENT_OFF",
    params: { bps: 3000 },
  },
];

const coupons: CouponInput[] = [
  {
    id: "c1",
    template: {
      id: "t1",
      name: "¥10 off ¥100",
      kind: "AMOUNT",
      value: 1000,
      threshold: 10000,
      stacking: "WITH_PROMOTIONS",
      priority: 1,
      scope: {},
    },
  },
  {
    id: "c2",
    ownerMemberId: "m1",
    template: {
      id: "t2",
      name: "Dairy 20% off",
      kind: "PERCENT",
      value: 2000,
      maxDiscount: 1500,
      threshold: 0,
      stacking: "EXCLUSIVE",
      priority: 0,
      scope: { categoryIds: ["dairy"] },
    },
  },
];

export const BENCH_CART: PriceCartInput = {
  lines: [
    {
      lineId: "l1",
      variantId: "v-milk",
      productId: "p-milk",
      categoryIds: ["food", "dairy"],
      brandId: "brand-a",
      quantity: 2,
      unitPrice: 1290,
    },
    {
      lineId: "l2",
      variantId: "v-chips",
      productId: "p-chips",
      categoryIds: ["food", "snacks"],
      brandId: "brand-b",
      quantity: 4,
      unitPrice: 850,
    },
    {
      lineId: "l3",
      variantId: "v-cola",
      productId: "p-cola",
      categoryIds: ["drinks"],
      brandId: "brand-c",
      quantity: 6,
      unitPrice: 350,
    },
    {
      lineId: "l4",
      variantId: "v-rice",
      productId: "p-rice",
      categoryIds: ["food", "staples"],
      brandId: "brand-a",
      quantity: 1,
      unitPrice: 15900,
    },
    {
      lineId: "l5",
      variantId: "v-wine",
      productId: "p-wine",
      categoryIds: ["drinks", "alcohol"],
      brandId: null,
      quantity: 1,
      unitPrice: 12800,
    },
  ],
  context: { storeId: "s1", channelId: "POS", memberId: "m1", tierId: "gold", at: new Date("2025-06-11T04:00:00Z") },
  promotions,
  coupons,
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

// Times one priceCart call at a time after a warm-up, reporting the median, the 99th percentile and throughput.
export async function benchPriceCart(): Promise<{ name: string; p50Us: number; p99Us: number; opsPerSec: number }> {
  let checksum = 0;
  for (let i = 0; i < WARM_UP_ITERATIONS; i++) checksum += priceCart(BENCH_CART).total;
  const samples = new Float64Array(MEASURED_ITERATIONS);
  const started = process.hrtime.bigint();
  for (let i = 0; i < MEASURED_ITERATIONS; i++) {
    const t0 = process.hrtime.bigint();
    checksum += priceCart(BENCH_CART).total;
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const elapsedNs = Number(process.hrtime.bigint() - started);
  if (checksum < 0) throw new Error("unreachable: keeps the work observable");
  const sorted = Array.from(samples).sort((a, b) => a - b);
  return {
    name: "priceCart: 5 lines, 10 promotions, 2 coupons",
    p50Us: Math.round(percentile(sorted, 50) * 100) / 100,
    p99Us: Math.round(percentile(sorted, 99) * 100) / 100,
    opsPerSec: Math.round(MEASURED_ITERATIONS / (elapsedNs / 1e9)),
  };
}

// No top-level await, so a CommonJS runner (e.g. the repo's bench harness) can import benchPriceCart too.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchPriceCart().then(
    (result) => console.log(`${result.name}: p50 ${result.p50Us} µs, p99 ${result.p99Us} µs, ${result.opsPerSec} ops/s`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
