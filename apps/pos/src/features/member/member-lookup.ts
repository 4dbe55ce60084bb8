import { PosMemberByIdDocument, PosMemberByPhoneDocument, type PosMemberFragment } from "@o2o/schema";
import type { Client } from "urql";
import { memberOffline } from "../offline/catalog-sync";
import type { SnapshotMember } from "../offline/snapshot-types";
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

/** A member from the offline snapshot, shaped like one from the API. */
export function draftMemberOfSnapshot(member: SnapshotMember): DraftMember {
  return {
    id: member.id,
    name: member.name,
    maskedPhone: member.phone.length >= 7 ? `${member.phone.slice(0, 3)}****${member.phone.slice(-4)}` : member.phone,
    pointsBalance: member.pointsBalance,
    storeCreditBalance: member.storeCreditBalance,
    tierName: member.tierName,
  };
}

export type MemberKey = { phone: string } | { id: string };
export type MemberLookup = { ok: true; member: DraftMember | null; offline: boolean } | { ok: false; message: string | null };

/**
 * Finds a member by phone or member QR: through the API, or from the till's snapshot when the API is out of reach, so
 * that a member can still collect points on a sale made offline.
 */
export async function lookupMember(client: Client, key: MemberKey, locale: string): Promise<MemberLookup> {
  const result =
    "id" in key
      ? await client.query(PosMemberByIdDocument, { id: key.id }, { requestPolicy: "network-only" }).toPromise()
      : await client.query(PosMemberByPhoneDocument, { phone: key.phone }, { requestPolicy: "network-only" }).toPromise();
  if (result.error?.networkError) {
    const local = await memberOffline(key).catch(() => null);
    return { ok: true, member: local?.active ? draftMemberOfSnapshot(local) : null, offline: true };
  }
  if (result.error) return { ok: false, message: result.error.graphQLErrors[0]?.message ?? null };
  const data = result.data as { member?: PosMemberFragment | null; memberByPhone?: PosMemberFragment | null } | undefined;
  const found = data?.member ?? data?.memberByPhone ?? null;
  return { ok: true, member: found ? draftMemberOf(found, locale) : null, offline: false };
}
