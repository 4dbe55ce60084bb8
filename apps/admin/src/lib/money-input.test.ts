import { describe, expect, it } from "vitest";
import { fenToYuanInput, parseWhole, parseYuan } from "./money-input";

describe("money input", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["12.05", 1205],
    ["¥1,299.00", 129900],
    ["0", 0],
  ])("parses %s as %i 分", (input, fen) => expect(parseYuan(input)).toBe(fen));

  it.each(["", "abc", "1.234", "-1", "1e3"])("rejects %s", (input) => expect(parseYuan(input)).toBeNull());

  it("formats 分 for inputs and parses whole numbers in range", () => {
    expect(fenToYuanInput(1205)).toBe("12.05");
    expect(parseWhole("5", 1)).toBe(5);
    expect(parseWhole("0", 1)).toBeNull();
    expect(parseWhole("-3", -10)).toBe(-3);
  });
});
