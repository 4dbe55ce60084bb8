import type { PosMemberFragment } from "@o2o/schema";
import type { DraftMember } from "../sale/sale-draft";

/** The member as the sale keeps it; the tier name in the till's language when the tier has one. */
export function draftMemberOf(member: PosMemberFragment, locale: string): DraftMember {
  const names = (member.tier?.nameI18n ?? {}) as Record<string, unknown>;
  const localName = typeof names[locale] === "string" ? (names[locale] as string) : null;
  return {
    id: member.id,
    name: member.name,
    maskedPhone: member.maskedPhone,
    pointsBalance: member.pointsBalance,
    storeCreditBalance: member.storeCreditBalance,
    tierName: member.tier ? (localName ?? member.tier.name) : null,
  };
}
