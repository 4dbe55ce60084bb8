import type { MarketingStatus } from "../../generated/prisma/enums.ts";

/** Allowed status changes of promotions and campaigns: ENDED is final. */
export const MARKETING_TRANSITIONS: Record<MarketingStatus, readonly MarketingStatus[]> = {
  DRAFT: ["ACTIVE", "ENDED"],
  ACTIVE: ["PAUSED", "ENDED"],
  PAUSED: ["ACTIVE", "ENDED"],
  ENDED: [],
};

/** The statuses from which `to` may be reached (the condition of the conditional update). */
export function statusesLeadingTo(to: MarketingStatus): MarketingStatus[] {
  return (Object.keys(MARKETING_TRANSITIONS) as MarketingStatus[]).filter((from) => MARKETING_TRANSITIONS[from].includes(to));
}
