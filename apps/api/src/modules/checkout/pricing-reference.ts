import { parsePromotionRule, type Promotion, type PromotionSchedule } from "@o2o/domain";
import { RefreshingCache } from "../../cache/refreshing-cache.ts";
import type { Db } from "../../db/client.ts";
import { type MerchantSettings, parseMerchantSettings } from "./merchant-settings.ts";

/** What pricing needs that changes rarely: settings, the category tree and the active promotions of a merchant. */
export type PricingReference = {
  settings: MerchantSettings;
  /** category id → itself and its ancestors */
  categoryPath: Map<string, string[]>;
  promotions: Promotion[];
  /** channel type → SalesChannel id */
  channelIds: Map<string, string>;
};

/**
 * Kept per merchant: fresh for 5 s, then served while one background reload runs (a till never waits for it), never
 * older than 60 s; writes to promotions, categories or settings in this instance invalidate at once, other instances
 * see them within about 5 s.
 */
export class PricingReferenceCache {
  private readonly byMerchant = new RefreshingCache<string, PricingReference>(5_000, 60_000);

  constructor(private readonly db: Db) {}

  get(merchantId: string): Promise<PricingReference> {
    return this.byMerchant.get(merchantId, () => this.load(merchantId));
  }

  invalidate(merchantId: string): void {
    this.byMerchant.evict(merchantId);
  }

  private async load(merchantId: string): Promise<PricingReference> {
    const [merchant, categories, promotions, channels] = await Promise.all([
      this.db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { settings: true } }),
      this.db.category.findMany({ where: { merchantId }, select: { id: true, parentId: true } }),
      this.db.promotion.findMany({ where: { merchantId, status: "ACTIVE" } }),
      this.db.salesChannel.findMany({ where: { merchantId }, select: { id: true, type: true } }),
    ]);
    const parent = new Map(categories.map((c) => [c.id, c.parentId]));
    const categoryPath = new Map<string, string[]>();
    for (const c of categories) {
      const path: string[] = [];
      for (let id: string | null | undefined = c.id; id && !path.includes(id); id = parent.get(id)) path.push(id);
      categoryPath.set(c.id, path);
    }
    const parsed: Promotion[] = [];
    for (const p of promotions) {
      const rule = parsePromotionRule(p.type, p.params);
      if (!rule.ok) continue; // validated on write; a bad legacy row must not break every sale
      parsed.push({
        ...rule.rule,
        id: p.id,
        name: p.name,
        scope: (p.scope ?? {}) as Promotion["scope"],
        memberOnly: p.memberOnly,
        tierIds: p.tierIds,
        priority: p.priority,
        exclusive: p.exclusive,
        stackableWithCoupons: p.stackableWithCoupons,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        schedule: (p.schedule ?? null) as PromotionSchedule | null,
      } as Promotion);
    }
    return {
      settings: parseMerchantSettings(merchant.settings),
      categoryPath,
      promotions: parsed,
      channelIds: new Map(channels.map((c) => [c.type, c.id])),
    };
  }
}
