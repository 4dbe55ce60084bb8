import { describe, expect, it } from "vitest";
import { DEFAULT_RECEIPT_TEMPLATE, PAPER_COLUMNS, type ReceiptTemplate, receiptTemplateProblems } from "./receipt-template.ts";
import { centreText, clip, displayWidth, twoColumns, wrap } from "./text-width.ts";

const template = (over: Partial<ReceiptTemplate>): ReceiptTemplate => ({ ...DEFAULT_RECEIPT_TEMPLATE, ...over });

describe("receiptTemplateProblems", () => {
  it.each<[string, Partial<ReceiptTemplate>, { field: string; code: string }[]]>([
    ["the default", {}, []],
    ["80 mm takes 48 columns", { footerLines: ["x".repeat(48), "退".repeat(24)] }, []],
    ["58 mm takes 32 columns", { paperWidth: 58, footerLines: ["退".repeat(16)] }, []],
    [
      "a Chinese character is two columns",
      { paperWidth: 58, footerLines: ["退".repeat(17)] },
      [{ field: "footerLines.0", code: "LINE_TOO_WIDE" }],
    ],
    ["header too wide at 80 mm", { headerLines: ["ok", "x".repeat(49)] }, [{ field: "headerLines.1", code: "LINE_TOO_WIDE" }]],
    ["blank line", { footerLines: ["  "] }, [{ field: "footerLines.0", code: "LINE_EMPTY" }]],
    ["an ESC/POS command in a line", { headerLines: ["\u001b@ hi"] }, [{ field: "headerLines.0", code: "LINE_CONTROL_CHARACTER" }]],
    ["five header lines", { headerLines: ["a", "b", "c", "d", "e"] }, [{ field: "headerLines", code: "TOO_MANY_LINES" }]],
    ["seven footer lines", { footerLines: Array(7).fill("a") }, [{ field: "footerLines", code: "TOO_MANY_LINES" }]],
    ["paper 76 mm", { paperWidth: 76 as 80 }, [{ field: "paperWidth", code: "PAPER_WIDTH_UNSUPPORTED" }]],
  ])("%s", (_name, over, expected) => {
    expect(receiptTemplateProblems(template(over)).map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });

  it("names the columns of each paper", () => {
    expect(PAPER_COLUMNS).toEqual({ 58: 32, 80: 48 });
  });
});

describe("text width", () => {
  it("counts CJK as two columns and never splits one", () => {
    expect(displayWidth("合计 12.30")).toBe(10);
    expect(clip("合计合计", 5)).toBe("合计");
    expect(wrap("合计合计合", 4)).toEqual(["合计", "合计", "合"]);
  });

  it("spreads two texts over a line and centres a text", () => {
    expect(twoColumns("合计", "12.30", 20)).toBe("合计           12.30");
    expect(displayWidth(twoColumns("合计".repeat(20), "12.30", 20))).toBe(20);
    expect(centreText("谢谢", 10)).toBe("   谢谢");
  });
});
