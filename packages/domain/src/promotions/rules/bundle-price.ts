import { allocate } from "../../money/allocate.ts";
import type { Money } from "../../money/money.ts";
import type { WorkingLine } from "../../pricing/cart-working-line.ts";
import type { BundlePriceParams } from "../promotion-types.ts";
import { allPositions, buildUnitPool, type UnitGroup } from "../unit-pool.ts";

// Rule BUNDLE_PRICE: the dearest qualifying units are bundled `quantity` at a time, and each bundle worth more than
// `price` is sold for `price`; the saving is spread over the bundled units by largest remainder.
export function bundlePriceDiscounts(lines: readonly WorkingLine[], params: BundlePriceParams): Money[] {
  const { quantity, price } = params;
  const pool = buildUnitPool(lines, allPositions(lines), "DEAREST_FIRST");
  const bundled = lines.map(() => 0);
  let saving = 0;
  let groupIndex = 0;
  let used = 0;
  while (groupIndex < pool.length) {
    const head = pool[groupIndex] as UnitGroup;
    const wholeBundles = Math.floor((head.count - used) / quantity);
    if (wholeBundles > 0) {
      // Bundles inside one group are identical; take them all at once.
      const value = quantity * head.value;
      // Bundles only get cheaper from here on, so the first one not worth bundling ends the search.
      if (value <= price) break;
      saving += wholeBundles * (value - price);
      bundled[head.position] = (bundled[head.position] as number) + wholeBundles * value;
      used += wholeBundles * quantity;
      if (used === head.count) {
        groupIndex++;
        used = 0;
      }
      continue;
    }
    const contributions: [number, number][] = [];
    let units = 0;
    let value = 0;
    let index = groupIndex;
    let usedInIndex = used;
    while (units < quantity && index < pool.length) {
      const group = pool[index] as UnitGroup;
      const take = Math.min(quantity - units, group.count - usedInIndex);
      contributions.push([group.position, take * group.value]);
      value += take * group.value;
      units += take;
      usedInIndex += take;
      if (usedInIndex === group.count) {
        index++;
        usedInIndex = 0;
      }
    }
    if (units < quantity || value <= price) break;
    saving += value - price;
    for (const [position, amount] of contributions) bundled[position] = (bundled[position] as number) + amount;
    groupIndex = index;
    used = usedInIndex;
  }
  return saving === 0 ? bundled.map(() => 0) : allocate(saving, bundled);
}
