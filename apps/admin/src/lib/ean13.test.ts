import { isValidEan13 } from "@o2o/domain";
import { describe, expect, it } from "vitest";
import { barRuns, ean13Modules, randomInStoreEan13 } from "./ean13";

describe("EAN-13 symbol", () => {
  it("encodes 4006381333931 as the GS1 reference bars", () => {
    const modules = ean13Modules("4006381333931");
    expect(modules).toHaveLength(95);
    // Start guard, then the digit 0 in L parity (first digit 4 → LGLLGG), centre guard, end guard.
    expect(modules?.slice(0, 10)).toBe("1010001101");
    expect(modules?.slice(45, 50)).toBe("01010");
    expect(modules?.slice(92)).toBe("101");
  });

  it("refuses a wrong check digit", () => {
    expect(ean13Modules("4006381333932")).toBeNull();
    expect(ean13Modules("12345")).toBeNull();
  });

  it("groups adjacent bars into runs", () => {
    expect(barRuns("1011100")).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("makes valid in-store codes", () => {
    for (let i = 0; i < 50; i++) {
      const code = randomInStoreEan13();
      expect(code).toMatch(/^20\d{11}$/);
      expect(isValidEan13(code)).toBe(true);
    }
  });
});
