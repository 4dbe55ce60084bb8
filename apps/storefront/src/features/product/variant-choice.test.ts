import { describe, expect, it } from "vitest";
import { choose, selectionOf, valueOffered, variantFor } from "./variant-choice";

const axes = [
  { name: "颜色", values: ["红", "蓝"] },
  { name: "尺码", values: ["M", "L"] },
];
const variants = [
  { id: "red-m", optionValues: { 颜色: "红", 尺码: "M" } },
  { id: "red-l", optionValues: { 颜色: "红", 尺码: "L" } },
  { id: "blue-l", optionValues: { 颜色: "蓝", 尺码: "L" } },
];

describe("variant choice", () => {
  it("finds the variant of a full selection", () => {
    expect(variantFor(variants, axes, { 颜色: "红", 尺码: "L" })?.id).toBe("red-l");
    expect(variantFor(variants, axes, { 颜色: "蓝", 尺码: "M" })).toBeNull();
    expect(variantFor([{ id: "only", optionValues: {} }], [], {})?.id).toBe("only");
  });

  it("keeps other choices when the combination exists, else jumps to one that does", () => {
    expect(choose(variants, axes, { 颜色: "红", 尺码: "L" }, "颜色", "蓝")).toEqual({ 颜色: "蓝", 尺码: "L" });
    expect(choose(variants, axes, { 颜色: "红", 尺码: "M" }, "颜色", "蓝")).toEqual({ 颜色: "蓝", 尺码: "L" });
  });

  it("says which values can be combined with the current choices", () => {
    const sel = selectionOf(variants[2], axes);
    expect(sel).toEqual({ 颜色: "蓝", 尺码: "L" });
    expect(valueOffered(variants, axes, sel, "尺码", "M")).toBe(false);
    expect(valueOffered(variants, axes, sel, "颜色", "红")).toBe(true);
  });
});
