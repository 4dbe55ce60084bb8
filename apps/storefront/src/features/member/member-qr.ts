// The member code a shopper shows at the till. The POS scanner recognises `O2O-MEMBER:<member id>`
// (apps/pos/src/features/scanner/scan-router.ts) and attaches the member to the sale.

export const MEMBER_QR_PREFIX = "O2O-MEMBER:";

/** The payload of a member's QR code, as the till's scanner reads it. */
export function memberQrPayload(memberId: string): string {
  const id = memberId.trim();
  if (!id) throw new Error("memberQrPayload: empty member id");
  return `${MEMBER_QR_PREFIX}${id}`;
}
