import { receiptTemplateProblems } from "@o2o/domain";
import { describe, expect, it } from "vitest";
import { linesOf, receiptProblemMessage } from "./receipt-lines";

const t = (key: string, vars?: Record<string, string | number>) => `${key} ${JSON.stringify(vars ?? {})}`;

describe("receipt lines in the console", () => {
  it("takes the non-empty trimmed lines of a textarea", () => {
    expect(linesOf("  鲜衣坊 \n\n欢迎光临\n  ")).toEqual(["鲜衣坊", "欢迎光临"]);
  });

  it("words the domain's problems with the line, its width and the paper's columns", () => {
    const footerLines = ["ok", "退".repeat(17)];
    const [problem] = receiptTemplateProblems({ headerLines: [], footerLines, showPointsBalance: true, showOrderQr: true, paperWidth: 58 });
    expect(problem && receiptProblemMessage(t as never, problem, footerLines, 58)).toBe(
      `receipt.lineTooWide ${JSON.stringify({ n: 2, width: 34, mm: 58, columns: 32 })}`,
    );
    const many = ["a", "b", "c", "d", "e"];
    const [tooMany] = receiptTemplateProblems({
      headerLines: many,
      footerLines: [],
      showPointsBalance: true,
      showOrderQr: true,
      paperWidth: 80,
    });
    expect(tooMany && receiptProblemMessage(t as never, tooMany, many, 80)).toBe(`receipt.tooManyLines ${JSON.stringify({ max: 4 })}`);
  });
});
