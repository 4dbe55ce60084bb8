import type { NonEmptyArray } from "type-graphql";
import { AuthResolver } from "../modules/auth/auth.resolver.ts";
import { BrandResolver, CategoryResolver, ProductResolver, VariantResolver } from "../modules/catalog/catalog.resolver.ts";
import { CheckoutResolver } from "../modules/checkout/checkout.resolver.ts";
import { StockLevelResolver, StockMovementResolver, VariantStockResolver } from "../modules/inventory/inventory.resolver.ts";
import { StockSubscriptionResolver } from "../modules/inventory/inventory.subscriptions.ts";
import { OrderReturnResolver, ReturnsResolver } from "../modules/returns/returns.resolver.ts";
import { StaffAssignmentResolver, StaffResolver } from "../modules/staff/staff.resolver.ts";
import { StoresResolver } from "../modules/stores/stores.resolver.ts";

/** Every resolver class of the API (one per line). */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  StaffResolver,
  StaffAssignmentResolver,
  StoresResolver,
  CheckoutResolver,
  ProductResolver,
  VariantResolver,
  CategoryResolver,
  BrandResolver,
  StockLevelResolver,
  StockMovementResolver,
  VariantStockResolver,
  StockSubscriptionResolver,
  ReturnsResolver,
  OrderReturnResolver,
];
