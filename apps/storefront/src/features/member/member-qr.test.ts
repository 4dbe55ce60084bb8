import { describe, expect, it } from "vitest";
// The till's own classifier: the member code must be what the POS recognises as a member, not an item or coupon.
import { classifyScan } from "../../../../pos/src/features/scanner/scan-router";
import { encodeQr } from "../qr/qr-code";
import { memberQrPayload } from "./member-qr";

describe("memberQrPayload", () => {
  it("prefixes the member id the way the till expects", () => {
    expect(memberQrPayload("cmabc123xyz")).toBe("O2O-MEMBER:cmabc123xyz");
    expect(memberQrPayload("  cmabc123xyz ")).toBe("O2O-MEMBER:cmabc123xyz");
  });

  it("is read back by the POS scanner as that member", () => {
    for (const id of ["cmabc123xyz", "c1a2b3", "0f8fad5b-d9cb-469f-a165-70867728950e"]) {
      expect(classifyScan(memberQrPayload(id))).toEqual({ kind: "member-id", memberId: id });
    }
  });

  it("refuses an empty id rather than showing a code that finds nobody", () => {
    expect(() => memberQrPayload(" ")).toThrow(/empty member id/);
  });

  it("fits a small QR version (quick to scan from a phone screen)", () => {
    expect(encodeQr(memberQrPayload("cm3x9k2l80000qz0h8y7f6e5d")).length).toBeLessThanOrEqual(29); // version ≤ 3
  });
});
