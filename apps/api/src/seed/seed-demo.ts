// The demo shop: one merchant with two shops and an online warehouse, a clothing + convenience catalogue, members,
// marketing and a month of order history. Deterministic (seeded PRNG, pre-assigned ids) apart from dates, which are
// relative to `now`, and password hashes, which are salted.
import { hashPassword } from "../auth/password.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { MediaStore } from "../modules/media/media-store.ts";
import { seedCatalog } from "./demo-catalog.ts";
import { seedCoupons } from "./demo-coupons.ts";
import { DEMO_PICTURE_TYPE } from "./demo-images.ts";
import { seedMemberEngagement } from "./demo-member-engagement.ts";
import { planMembers, seedMembers, seedMemberTiers } from "./demo-members.ts";
import { seedMerchant } from "./demo-merchant.ts";
import { insertOrders, planOrders } from "./demo-orders.ts";
import { seedPrices } from "./demo-prices.ts";
import { seedPromotions } from "./demo-promotions.ts";
import { type DemoLogin, seedStaff } from "./demo-staff.ts";
import { seedStock } from "./demo-stock.ts";
import { insertInBatches, type SeedContext } from "./seed-context.ts";
import { createIdFactory, createRandom } from "./seed-random.ts";

export const DEMO_PASSWORD = "demo1234";
export const DEMO_PIN = "1234";

/** How many of the demo members get the demo password (the rest log in by SMS code only). */
const MEMBER_LOGIN_COUNT = 3;
const DEFAULT_SEED = 20241212;

export type DemoSummary = {
  merchantId: string;
  storeIds: { shanghai: string; beijing: string; warehouse: string };
  logins: DemoLogin[];
  memberLogins: { phone: string; password: string }[];
  counts: Record<string, number>;
};

export type SeedDemoOptions = {
  /** The instant the history is written relative to (default: the current time). */
  now?: Date;
  /** PRNG seed; the same seed writes the same data. */
  seed?: number;
  /** Where the demo product pictures are stored; without one the image rows point at files nobody stored. */
  media?: MediaStore;
};

/** True when no merchant exists yet, i.e. the demo seed may run. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.merchant.findFirst({ select: { id: true } })) === null;
}

/** Writes the whole demo data set in one transaction, so a failed seed leaves the database empty. */
export async function seedDemoData(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<DemoSummary> {
  const now = options.now ?? new Date();
  const seed = options.seed ?? DEFAULT_SEED;
  // scrypt is deliberately slow: hash once and share the hash between all demo users.
  const [passwordHash, pinHash] = await Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(DEMO_PIN)]);
  // One PRNG stream per part, so changing one part does not reshuffle the others.
  const stream = (part: number) => createRandom(seed + part * 7919);

  return prisma.$transaction(
    async (db) => {
      const ids = createIdFactory(seed);
      const ctx: SeedContext = { db, merchantId: ids(), ids, now };
      const counts: Record<string, number> = {};
      const tally = (part: Record<string, number>) => Object.assign(counts, part);

      const { merchant, counts: merchantCounts } = await seedMerchant(ctx);
      tally(merchantCounts);
      const { staff, counts: staffCounts } = await seedStaff(ctx, merchant, { password: DEMO_PASSWORD, passwordHash, pinHash });
      tally(staffCounts);
      const ownerId = staff.byUsername.owner as string;
      const { tiers, count: tierCount } = await seedMemberTiers(ctx);
      tally({ memberTiers: tierCount });

      const { catalog, pictures, counts: catalogCounts } = await seedCatalog(ctx, stream(1));
      tally(catalogCounts);
      // Content-addressed and idempotent: should the transaction roll back, the files are merely unused.
      const { media } = options;
      if (media) await Promise.all(pictures.map((bytes) => media.put(bytes, DEMO_PICTURE_TYPE)));
      tally(await seedPrices(ctx, stream(2), { catalog, merchant, tiers, actorId: ownerId }));
      tally(await seedStock(ctx, stream(3), { catalog, merchant, actorId: staff.byUsername["clerk.wh"] ?? ownerId }));
      const { promotions, counts: promotionCounts } = await seedPromotions(ctx, { catalog, tiers });
      tally(promotionCounts);

      // Members' balances and lifetime spend include the seeded orders, so both are planned before either is written.
      const memberPlans = planMembers(ctx, stream(4), tiers, merchant);
      const orderPlan = planOrders(ctx, stream(5), {
        catalog,
        merchant,
        staffIds: staff.byUsername,
        members: memberPlans,
        promotions,
      });
      const members = await seedMembers(ctx, stream(6), {
        plans: memberPlans,
        earnings: orderPlan.earnings,
        loginPasswordHash: passwordHash,
        loginCount: MEMBER_LOGIN_COUNT,
      });
      tally({ members: members.count });
      tally(await insertOrders(ctx, orderPlan));
      tally({ pointsEntries: await insertInBatches(members.pointsEntries, (data) => db.pointsEntry.createMany({ data })) });
      tally(await seedCoupons(ctx, stream(7), memberPlans));
      tally(await seedMemberEngagement(ctx, { merchant, tiers, members: memberPlans }));

      return {
        merchantId: ctx.merchantId,
        storeIds: { shanghai: merchant.stores.SH01.id, beijing: merchant.stores.BJ01.id, warehouse: merchant.stores.WH01.id },
        logins: staff.logins,
        memberLogins: memberPlans.slice(0, MEMBER_LOGIN_COUNT).map((m) => ({ phone: m.phone, password: DEMO_PASSWORD })),
        counts,
      };
    },
    // PGlite runs the whole seed on one connection; allow for slow CI machines.
    { maxWait: 10_000, timeout: 120_000 },
  );
}
