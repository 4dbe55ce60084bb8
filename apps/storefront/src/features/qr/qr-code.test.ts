import { describe, expect, it } from "vitest";
import { encodeQr } from "./qr-code";

// Decoding was checked against OpenCV's QR detector for versions 1–10 while writing the encoder; these pin the shape.
describe("encodeQr", () => {
  it("picks the smallest version that holds the text", () => {
    expect(encodeQr("123456").length).toBe(21);
    expect(encodeQr("x".repeat(60)).length).toBe(17 + 4 * 4);
    expect(encodeQr("A".repeat(200)).length).toBe(57);
    expect(() => encodeQr("A".repeat(300))).toThrow(/too long/);
  });

  it("draws the three finder patterns and the timing pattern", () => {
    const m = encodeQr("weixin://wxpay/bizpayurl?pr=SIM-1");
    const size = m.length;
    for (const [x0, y0] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ] as const) {
      const ring = [0, 1, 2, 3, 4, 5, 6].map((i) => m[y0]?.[x0 + i]);
      expect(ring).toEqual([true, true, true, true, true, true, true]);
      expect(m[y0 + 1]?.[x0 + 1]).toBe(false);
      expect(m[y0 + 3]?.[x0 + 3]).toBe(true);
    }
    for (let i = 8; i < size - 8; i++) expect(m[6]?.[i]).toBe(i % 2 === 0);
    expect(m[size - 8]?.[8]).toBe(true); // the dark module
  });

  it("is deterministic", () => {
    expect(encodeQr("取货码 482913")).toEqual(encodeQr("取货码 482913"));
  });
});
