import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoCatalog } from "./demo-catalog.ts";
import type { DemoTiers } from "./demo-members.ts";
import { daysFrom, type SeedContext } from "./seed-context.ts";

export type PromotionKey = "spendSave" | "drinks" | "snacks" | "teeSecondHalf" | "teeBundle" | "goldMembers" | "memberDay";

export type DemoPromotion = { id: string; name: string };
export type DemoPromotions = Record<PromotionKey, DemoPromotion>;

/**
 * One promotion of each rule type, scoped the way the storefront shows them (a category, a few products, the top
 * tiers), one draft, and the year-end campaign that groups two of them.
 */
export async function seedPromotions(
  ctx: SeedContext,
  refs: { catalog: DemoCatalog; tiers: DemoTiers },
): Promise<{ promotions: DemoPromotions; counts: Record<string, number> }> {
  const { db, merchantId, ids, now } = ctx;
  const categoryId = (name: string): string => {
    const id = refs.catalog.categoryIds[name];
    if (!id) throw new Error(`demo category "${name}" is missing`);
    return id;
  };
  const active = { status: "ACTIVE" as const, startsAt: daysFrom(now, -30), endsAt: daysFrom(now, 60) };
  const cottonTeeIds = refs.catalog.products
    .filter((p) => p.category === "T恤" && p.status === "ACTIVE" && p.name.startsWith("纯棉"))
    .map((p) => p.id);

  const specs: (Omit<Prisma.PromotionCreateManyInput, "id" | "merchantId" | "name" | "nameI18n"> & {
    key: PromotionKey;
    name: string;
    en: string;
    zhTW: string;
  })[] = [
    {
      key: "spendSave",
      name: "满200减20，满500减80",
      en: "Spend ¥200 save ¥20, spend ¥500 save ¥80",
      zhTW: "滿200減20，滿500減80",
      type: "SPEND_SAVE",
      params: {
        tiers: [
          { threshold: 20000, discount: 2000 },
          { threshold: 50000, discount: 8000 },
        ],
      },
      priority: 10,
      ...active,
    },
    {
      key: "drinks",
      name: "饮料85折",
      en: "15% off beverages",
      zhTW: "飲料85折",
      type: "PERCENT_OFF",
      params: { bps: 1500 },
      scope: { categoryIds: [categoryId("饮料")] },
      priority: 20,
      ...active,
    },
    {
      key: "snacks",
      name: "零食买二送一",
      en: "Snacks: buy 2 get 1 free",
      zhTW: "零食買二送一",
      type: "BUY_X_GET_Y",
      params: { buyQty: 2, getQty: 1, getDiscountBps: 10000 },
      scope: { categoryIds: [categoryId("零食")] },
      priority: 20,
      ...active,
    },
    {
      key: "teeSecondHalf",
      name: "T恤第二件半价",
      en: "T-shirts: second item half price",
      zhTW: "T恤第二件半價",
      type: "NTH_ITEM_DISCOUNT",
      params: { n: 2, bps: 5000 },
      scope: { categoryIds: [categoryId("T恤")] },
      priority: 20,
      ...active,
    },
    {
      key: "teeBundle",
      name: "纯棉T恤 任选3件99元",
      en: "Any 3 cotton tees for ¥99",
      zhTW: "純棉T恤 任選3件99元",
      type: "BUNDLE_PRICE",
      params: { quantity: 3, price: 9900 },
      scope: { productIds: cottonTeeIds },
      priority: 30,
      ...active,
    },
    {
      key: "goldMembers",
      name: "金卡/钻石会员 全场9折",
      en: "Gold & Diamond members: 10% off",
      zhTW: "金卡/鑽石會員 全場9折",
      type: "PERCENT_OFF",
      params: { bps: 1000 },
      memberOnly: true,
      tierIds: [refs.tiers.GOLD.id, refs.tiers.DIAMOND.id],
      priority: 50,
      ...active,
    },
    {
      key: "memberDay",
      name: "周三会员日 满99减10",
      en: "Wednesday member day: ¥10 off ¥99",
      zhTW: "週三會員日 滿99減10",
      type: "SPEND_SAVE",
      params: { tiers: [{ threshold: 9900, discount: 1000 }] },
      memberOnly: true,
      schedule: { daysOfWeek: [3], startMinute: 0, endMinute: 1439 },
      status: "DRAFT",
      startsAt: daysFrom(now, 7),
      endsAt: daysFrom(now, 97),
    },
  ];

  const rows: Prisma.PromotionCreateManyInput[] = [];
  const promotions = {} as DemoPromotions;
  for (const { key, en, zhTW, ...spec } of specs) {
    const id = ids();
    rows.push({ ...spec, id, merchantId, nameI18n: { en, "zh-TW": zhTW } });
    promotions[key] = { id, name: spec.name };
  }
  const { count } = await db.promotion.createMany({ data: rows });

  await db.campaign.create({
    data: {
      id: ids(),
      merchantId,
      name: "双十二年终大促",
      description: "年终回馈：全场满200减20、满500减80，T恤第二件半价。",
      bannerUrl: "/images/campaigns/double-12.svg",
      startsAt: active.startsAt,
      endsAt: active.endsAt,
      status: "ACTIVE",
      promotions: { connect: [{ id: promotions.spendSave.id }, { id: promotions.teeSecondHalf.id }] },
    },
  });

  return { promotions, counts: { promotions: count, campaigns: 1 } };
}
