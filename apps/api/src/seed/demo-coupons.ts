import type { CouponSource, Prisma } from "../generated/prisma/client.ts";
import type { MemberPlan } from "./demo-members.ts";
import { daysFrom, type SeedContext } from "./seed-context.ts";
import type { Random } from "./seed-random.ts";

/** The unowned coupon anyone can type at the till or checkout. */
export const DEMO_COUPON_CODE = "DEMO-COUPON-20";

type TemplateKey = "welcome" | "tenPercent" | "spend300" | "birthday";

const COUPON_HOLDERS = 10;

/** Four coupon templates, two coupons for each of the first ten members, and one open demo coupon. */
export async function seedCoupons(ctx: SeedContext, random: Random, members: MemberPlan[]): Promise<Record<string, number>> {
  const { db, merchantId, ids, now } = ctx;
  const window = { validFrom: daysFrom(now, -90), validTo: daysFrom(now, 365) };
  const templates: Record<TemplateKey, Prisma.CouponTemplateCreateManyInput> = {
    welcome: {
      id: ids(),
      merchantId,
      name: "新人10元券",
      kind: "AMOUNT",
      value: 1000,
      threshold: 5000,
      claimCode: "WELCOME10",
      validDays: 30,
      ...window,
    },
    tenPercent: { id: ids(), merchantId, name: "全场9折券", kind: "PERCENT", value: 1000, maxDiscount: 5000, threshold: 0, ...window },
    spend300: { id: ids(), merchantId, name: "满300减50", kind: "AMOUNT", value: 5000, threshold: 30000, stacking: "EXCLUSIVE", ...window },
    birthday: { id: ids(), merchantId, name: "生日礼券", kind: "AMOUNT", value: 2000, threshold: 0, validDays: 30, ...window },
  };

  const codes = new Set<string>();
  const coupons: Prisma.CouponCreateManyInput[] = [];
  const issue = (template: TemplateKey, memberId: string | null, source: CouponSource, code?: string) => {
    let couponCode = code ?? "";
    while (couponCode === "" || codes.has(couponCode)) couponCode = `CP${random.code(10)}`;
    codes.add(couponCode);
    const issuedAt = daysFrom(now, -random.int(1, 10));
    coupons.push({
      id: ids(),
      templateId: templates[template].id as string,
      code: couponCode,
      memberId,
      status: "ISSUED",
      source,
      validFrom: issuedAt,
      validTo: daysFrom(now, 30),
      issuedAt,
    });
    templates[template].issuedCount = (templates[template].issuedCount ?? 0) + 1;
  };
  const others: [TemplateKey, CouponSource][] = [
    ["tenPercent", "CAMPAIGN"],
    ["spend300", "MANUAL"],
    ["birthday", "BIRTHDAY"],
  ];
  for (const [i, member] of members.slice(0, COUPON_HOLDERS).entries()) {
    issue("welcome", member.id, "CLAIM");
    const [template, source] = others[i % others.length] as [TemplateKey, CouponSource];
    issue(template, member.id, source);
  }
  issue("birthday", null, "MANUAL", DEMO_COUPON_CODE);

  const templateCount = await db.couponTemplate.createMany({ data: Object.values(templates) });
  const couponCount = await db.coupon.createMany({ data: coupons });
  return { couponTemplates: templateCount.count, coupons: couponCount.count };
}
