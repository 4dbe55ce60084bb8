import type { CartContext, CartLineInput, SalesChannel } from "../pricing/cart-types.ts";

/** What a promotion or coupon covers; an empty or missing list means "all". */
export interface DiscountScope {
  readonly storeIds?: readonly string[] | null;
  readonly channels?: readonly SalesChannel[] | null;
  readonly categoryIds?: readonly string[] | null;
  readonly brandIds?: readonly string[] | null;
  readonly variantIds?: readonly string[] | null;
  readonly productIds?: readonly string[] | null;
  readonly excludeVariantIds?: readonly string[] | null;
  readonly excludeProductIds?: readonly string[] | null;
  readonly excludeCategoryIds?: readonly string[] | null;
  readonly excludeBrandIds?: readonly string[] | null;
}

function isSet(list: readonly string[] | null | undefined): list is readonly string[] {
  return list != null && list.length > 0;
}

function intersects(list: readonly string[], values: readonly string[]): boolean {
  for (const value of values) if (list.includes(value)) return true;
  return false;
}

// Rule: the store and channel lists of a scope restrict where it can be used at all.
export function scopeCoversContext(scope: DiscountScope, context: Pick<CartContext, "storeId" | "channelId">): boolean {
  if (isSet(scope.storeIds) && !scope.storeIds.includes(context.storeId)) return false;
  if (scope.channels != null && scope.channels.length > 0 && !scope.channels.includes(context.channelId)) return false;
  return true;
}

/**
 * Rule: a line is in scope when it matches any of the set include lists (categories incl. ancestors, brands, products,
 * variants), or when none is set; any exclude list it matches takes it out again.
 */
export function scopeCoversLine(scope: DiscountScope, line: CartLineInput): boolean {
  if (isSet(scope.excludeVariantIds) && scope.excludeVariantIds.includes(line.variantId)) return false;
  if (isSet(scope.excludeProductIds) && scope.excludeProductIds.includes(line.productId)) return false;
  if (isSet(scope.excludeCategoryIds) && intersects(scope.excludeCategoryIds, line.categoryIds)) return false;
  if (isSet(scope.excludeBrandIds) && line.brandId != null && scope.excludeBrandIds.includes(line.brandId)) return false;
  const { variantIds, productIds, categoryIds, brandIds } = scope;
  if (!isSet(variantIds) && !isSet(productIds) && !isSet(categoryIds) && !isSet(brandIds)) return true;
  if (isSet(variantIds) && variantIds.includes(line.variantId)) return true;
  if (isSet(productIds) && productIds.includes(line.productId)) return true;
  if (isSet(categoryIds) && intersects(categoryIds, line.categoryIds)) return true;
  return isSet(brandIds) && line.brandId != null && brandIds.includes(line.brandId);
}
