import type { NonEmptyArray } from "type-graphql";
import { AnalyticsResolver } from "../modules/analytics/analytics.resolver.ts";
import { AuditLogResolver } from "../modules/audit/audit.resolver.ts";
import { AuthResolver } from "../modules/auth/auth.resolver.ts";
import { ShiftsResolver } from "../modules/shifts/shifts.resolver.ts";
import { ExceptionsResolver } from "../modules/exceptions/exceptions.resolver.ts";
import { BrandResolver, CategoryResolver, ProductResolver, VariantResolver } from "../modules/catalog/catalog.resolver.ts";
import { CatalogFileResolver } from "../modules/catalog/catalog-file.resolver.ts";
import { CheckoutResolver } from "../modules/checkout/checkout.resolver.ts";
import { OfflineResolver } from "../modules/offline/offline.resolver.ts";
import { PosSalePreviewResolver } from "../modules/checkout/pos-sale-preview.resolver.ts";
import { StockLevelResolver, StockMovementResolver, VariantStockResolver } from "../modules/inventory/inventory.resolver.ts";
import { StockSubscriptionResolver } from "../modules/inventory/inventory.subscriptions.ts";
import { GoodsReceiptLineResolver, GoodsReceiptResolver } from "../modules/inventory/receiving.resolver.ts";
import { StocktakeLineResolver, StocktakeResolver, StocktakeVarianceLineResolver } from "../modules/inventory/stocktakes.resolver.ts";
import { StockShortageResolver, TransferLineResolver, TransferResolver } from "../modules/inventory/transfers.resolver.ts";
import { MemberActivityResolver } from "../modules/members/member-activity.resolver.ts";
import { MemberResolver } from "../modules/members/members.resolver.ts";
import { FulfilmentResolver, OrderLineResolver, OrdersResolver } from "../modules/orders/orders.resolver.ts";
import { OrderReturnResolver, ReturnsResolver } from "../modules/returns/returns.resolver.ts";
import { StaffAssignmentResolver, StaffResolver } from "../modules/staff/staff.resolver.ts";
import { StoresResolver } from "../modules/stores/stores.resolver.ts";
import { SettingsResolver, StoreReceiptResolver } from "../modules/settings/settings.resolver.ts";
import { CartLineResolver, CartResolver } from "../modules/cart/cart.resolver.ts";
import { FulfilmentActionsResolver } from "../modules/fulfilment/fulfilment.resolver.ts";
import { OnlineCheckoutResolver } from "../modules/online-checkout/online-checkout.resolver.ts";
import { OnlineOrderSubscriptionResolver } from "../modules/online-checkout/online-order.subscriptions.ts";
import {
  FulfilmentProgressOrderResolver,
  OnlineCheckoutOrderResolver,
  OrderCancellationOrderResolver,
  OrderUpdateOrderResolver,
} from "../modules/online-checkout/order-links.resolver.ts";
import { WalletSimulationResolver } from "../modules/payments/wallet-simulation.resolver.ts";
import { CouponResolver, CouponTemplateResolver } from "../modules/marketing/coupon.resolver.ts";
import { CampaignResolver, EventSignupResolver, MemberEventResolver } from "../modules/marketing/engagement.resolver.ts";
import { PromotionResolver } from "../modules/marketing/promotion.resolver.ts";
import { MemberSegmentResolver } from "../modules/marketing/segment.resolver.ts";
import { PriceChangeResolver, PriceOverrideResolver, PricingResolver, TierPriceResolver } from "../modules/pricing/pricing.resolver.ts";
import { PriceSubscriptionResolver } from "../modules/pricing/pricing.subscriptions.ts";
import { MemberImportResolver } from "../modules/members/member-import.resolver.ts";
import { LoyaltyResolver, MemberTierEvaluationResolver, TierChangeResolver } from "../modules/members/loyalty.resolver.ts";
import { TicketMessageResolver, TicketsResolver } from "../modules/tickets/tickets.resolver.ts";
import { TicketSubscriptionResolver } from "../modules/tickets/tickets.subscriptions.ts";
import { LocationAvailabilityResolver, StorefrontResolver } from "../modules/recommendations/storefront.resolver.ts";

/** Every resolver class of the API (one per line). */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  StaffResolver,
  StaffAssignmentResolver,
  StoresResolver,
  SettingsResolver,
  StoreReceiptResolver,
  CheckoutResolver,
  OfflineResolver,
  PosSalePreviewResolver,
  ExceptionsResolver,
  ShiftsResolver,
  ProductResolver,
  VariantResolver,
  CategoryResolver,
  BrandResolver,
  CatalogFileResolver,
  StockLevelResolver,
  StockMovementResolver,
  VariantStockResolver,
  StockSubscriptionResolver,
  GoodsReceiptResolver,
  GoodsReceiptLineResolver,
  TransferResolver,
  TransferLineResolver,
  StockShortageResolver,
  StocktakeResolver,
  StocktakeLineResolver,
  StocktakeVarianceLineResolver,
  ReturnsResolver,
  OrderReturnResolver,
  MemberResolver,
  MemberActivityResolver,
  OrdersResolver,
  OrderLineResolver,
  FulfilmentResolver,
  AuditLogResolver,
  CartResolver,
  CartLineResolver,
  OnlineCheckoutResolver,
  OnlineOrderSubscriptionResolver,
  WalletSimulationResolver,
  FulfilmentActionsResolver,
  OnlineCheckoutOrderResolver,
  OrderCancellationOrderResolver,
  OrderUpdateOrderResolver,
  FulfilmentProgressOrderResolver,
  PricingResolver,
  PriceChangeResolver,
  PriceOverrideResolver,
  TierPriceResolver,
  PriceSubscriptionResolver,
  PromotionResolver,
  CouponTemplateResolver,
  CouponResolver,
  MemberSegmentResolver,
  CampaignResolver,
  MemberEventResolver,
  EventSignupResolver,
  MemberImportResolver,
  LoyaltyResolver,
  TierChangeResolver,
  MemberTierEvaluationResolver,
  TicketsResolver,
  TicketMessageResolver,
  TicketSubscriptionResolver,
  AnalyticsResolver,
  StorefrontResolver,
  LocationAvailabilityResolver,
];
