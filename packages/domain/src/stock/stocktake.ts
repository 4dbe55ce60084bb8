import { assertInteger, assertNonNegativeInteger } from "../input-assertions.ts";
import type { Money } from "../money/money.ts";

export interface StocktakeLine {
  readonly variantId: string;
  /** what the books say */
  readonly expected: number;
  readonly counted: number;
  readonly unitCost?: Money | null;
}

export interface StocktakeVarianceLine {
  readonly variantId: string;
  readonly expected: number;
  readonly counted: number;
  /** counted - expected: negative is shrinkage */
  readonly variance: number;
  /** variance × unitCost, null when the cost is unknown */
  readonly varianceValue: Money | null;
}

export interface StocktakeVariance {
  /** only the lines that differ, biggest loss in value first */
  readonly lines: readonly StocktakeVarianceLine[];
  readonly linesCounted: number;
  readonly surplusQuantity: number;
  readonly shortageQuantity: number;
  readonly netQuantity: number;
  readonly surplusValue: Money;
  readonly shortageValue: Money;
  readonly netValue: Money;
  /** lines that differ but have no cost, so the values above leave them out */
  readonly linesWithoutCost: number;
}

// Rule: stocktake variance = counted - expected per variant; the adjustment sets on hand to the counted quantity.
export function stocktakeVariance(lines: readonly StocktakeLine[]): StocktakeVariance {
  const differing: StocktakeVarianceLine[] = [];
  let surplusQuantity = 0;
  let shortageQuantity = 0;
  let surplusValue = 0;
  let shortageValue = 0;
  let linesWithoutCost = 0;
  for (const line of lines) {
    assertInteger(line.expected, `expected of ${line.variantId}`);
    assertNonNegativeInteger(line.counted, `counted of ${line.variantId}`);
    const variance = line.counted - line.expected;
    if (variance === 0) continue;
    const varianceValue = line.unitCost == null ? null : variance * line.unitCost;
    if (varianceValue === null) linesWithoutCost++;
    if (variance > 0) {
      surplusQuantity += variance;
      surplusValue += varianceValue ?? 0;
    } else {
      shortageQuantity -= variance;
      shortageValue -= varianceValue ?? 0;
    }
    differing.push({
      variantId: line.variantId,
      expected: line.expected,
      counted: line.counted,
      variance,
      varianceValue,
    });
  }
  differing.sort(
    (a, b) =>
      (a.varianceValue ?? 0) - (b.varianceValue ?? 0) ||
      a.variance - b.variance ||
      (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0),
  );
  return {
    lines: differing,
    linesCounted: lines.length,
    surplusQuantity,
    shortageQuantity,
    netQuantity: surplusQuantity - shortageQuantity,
    surplusValue,
    shortageValue,
    netValue: surplusValue - shortageValue,
    linesWithoutCost,
  };
}
