import { allocate } from "../../money/allocate.ts";
import { applyBps } from "../../money/basis-points.ts";
import type { BasisPoints, Money } from "../../money/money.ts";
import type { WorkingLine } from "../../pricing/cart-working-line.ts";
import type { BuyXGetYParams, NthItemDiscountParams } from "../promotion-types.ts";
import { allPositions, buildUnitPool, countUnits, pickUnits, positionsByVariant } from "../unit-pool.ts";

interface GroupDeal {
  readonly groupSize: number;
  readonly discountedPerGroup: number;
  readonly bps: BasisPoints;
  readonly sameItem: boolean;
}

function groupDealDiscounts(lines: readonly WorkingLine[], deal: GroupDeal): Money[] {
  const picked = lines.map(() => 0);
  const pools = deal.sameItem ? positionsByVariant(lines) : [allPositions(lines)];
  for (const positions of pools) {
    const groups = Math.floor(countUnits(lines, positions) / deal.groupSize);
    if (groups === 0) continue;
    pickUnits(buildUnitPool(lines, positions, "CHEAPEST_FIRST"), groups * deal.discountedPerGroup, picked);
  }
  let pickedTotal = 0;
  for (const value of picked) pickedTotal += value;
  return allocate(applyBps(pickedTotal, deal.bps), picked);
}

// Rule BUY_X_GET_Y: for every buyQty + getQty qualifying units, the getQty cheapest units (over the whole pool, or per
// variant with sameItem) get getDiscountBps off.
export function buyXGetYDiscounts(lines: readonly WorkingLine[], params: BuyXGetYParams): Money[] {
  return groupDealDiscounts(lines, {
    groupSize: params.buyQty + params.getQty,
    discountedPerGroup: params.getQty,
    bps: params.getDiscountBps,
    sameItem: params.sameItem === true,
  });
}

// Rule NTH_ITEM_DISCOUNT: every nth qualifying unit gets bps off, the cheapest units first (buy n-1 get 1).
export function nthItemDiscounts(lines: readonly WorkingLine[], params: NthItemDiscountParams): Money[] {
  return groupDealDiscounts(lines, {
    groupSize: params.n,
    discountedPerGroup: 1,
    bps: params.bps,
    sameItem: params.sameItem === true,
  });
}
