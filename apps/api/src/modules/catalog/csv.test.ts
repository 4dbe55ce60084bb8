import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, csvField, decodeCsvBytes, detectSeparator, parseCsv, writeCsv } from "./csv.ts";

describe("parseCsv (RFC 4180)", () => {
  it.each([
    [
      "plain fields, LF",
      "a,b,c\n1,2,3\n",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "CRLF and no final line break",
      "a,b\r\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "old Mac CR line ends",
      "a,b\r1,2\r",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["empty fields", ",a,,\n", [["", "a", "", ""]]],
    ["quoted comma", '"x,y",z\n', [["x,y", "z"]]],
    ["doubled quotes", '"say ""hi""",ok\n', [['say "hi"', "ok"]]],
    [
      "embedded CRLF and LF",
      '"line1\r\nline2\nline3",b\r\nc,d\r\n',
      [
        ["line1\r\nline2\nline3", "b"],
        ["c", "d"],
      ],
    ],
    ["empty quoted field at the end", 'a,""', [["a", ""]]],
    ["only an empty quoted field", '""', [[""]]],
    [
      "UTF-8 BOM is dropped",
      "\uFEFF商品名称,SKU\n纯棉T恤,A1\n",
      [
        ["商品名称", "SKU"],
        ["纯棉T恤", "A1"],
      ],
    ],
    ["a stray quote inside an unquoted field is text", 'ab"c,d\n', [['ab"c', "d"]]],
    ["blank line is an empty record", "a\n\nb\n", [["a"], [""], ["b"]]],
    ["empty input", "", []],
  ])("%s", (_label, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it("reads semicolon- and tab-separated files by their header line", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(parseCsv("sku;base_price\nA1;1,50\n")).toEqual([
      ["sku", "base_price"],
      ["A1", "1,50"],
    ]);
    expect(parseCsv("sku\tname\nA1\t红, 大\n")).toEqual([
      ["sku", "name"],
      ["A1", "红, 大"],
    ]);
    expect(detectSeparator('"a;b",c\n')).toBe(",");
  });

  it("names the row of a quoted field that never closes, and of text after a closing quote", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,2\n3,"x"y\n');
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).row).toBe(3);
    }
  });
});

describe("writeCsv", () => {
  it("quotes only what needs it, ends lines with CRLF and starts with a BOM for Excel", () => {
    const text = writeCsv([
      ["name", "description"],
      ["T恤, 红", 'say "hi"\nbye'],
      ["plain", ""],
    ]);
    expect(text).toBe('\uFEFFname,description\r\n"T恤, 红","say ""hi""\nbye"\r\nplain,\r\n');
    expect(writeCsv([["a"]], { bom: false })).toBe("a\r\n");
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("颜色=红;尺码=M")).toBe('"颜色=红;尺码=M"');
  });

  it("round-trips any table of strings", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "红", ",", '"', "\n", "\r\n", " ", ";", "\t", "x") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (table) => {
        expect(parseCsv(writeCsv(table), ",")).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });

  it("decodes UTF-8 and falls back to GB18030 (Excel's Chinese CSV)", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("商品名称,SKU"))).toBe("商品名称,SKU");
    // "商品" in GBK.
    expect(decodeCsvBytes(Uint8Array.from([0xc9, 0xcc, 0xc6, 0xb7, 0x2c, 0x41]))).toBe("商品,A");
  });
});
