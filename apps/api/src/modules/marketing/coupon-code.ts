import { randomInt } from "node:crypto";

/** Upper-case letters and digits without the look-alikes 0/O and 1/I. */
const UNAMBIGUOUS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** An unguessable coupon code: "CP" + 10 random characters (50 bits from the system CSPRNG). */
export function newCouponCode(): string {
  let code = "CP";
  for (let i = 0; i < 10; i++) code += UNAMBIGUOUS[randomInt(0, UNAMBIGUOUS.length)];
  return code;
}
