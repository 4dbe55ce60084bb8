import { AuditWriter } from "./audit/audit-writer.ts";
import type { SmsSender } from "./auth/sms-sender.ts";
import type { ApiConfig } from "./config/env.ts";
import type { Db } from "./db/client.ts";
import type { SqlClient } from "./db/sql-client.ts";
import { AuditLogService } from "./modules/audit/audit.service.ts";
import { AuthService } from "./modules/auth/auth.service.ts";
import { ShiftsService } from "./modules/shifts/shifts.service.ts";
import { ExceptionsService } from "./modules/exceptions/exceptions.service.ts";
import { CatalogService } from "./modules/catalog/catalog.service.ts";
import { CatalogWriteService } from "./modules/catalog/catalog-write.service.ts";
import { ProductImagesService } from "./modules/catalog/product-images.service.ts";
import { FsMediaStore } from "./modules/media/fs-media-store.ts";
import { MediaCollector } from "./modules/media/media-collector.ts";
import type { MediaStore } from "./modules/media/media-store.ts";
import { CatalogExportService } from "./modules/catalog/catalog-export.service.ts";
import { CatalogImportService } from "./modules/catalog/catalog-import.service.ts";
import { PosSaleService } from "./modules/checkout/pos-sale.service.ts";
import { PricingReferenceCache } from "./modules/checkout/pricing-reference.ts";
import { SalePricer } from "./modules/checkout/sale-pricer.ts";
import { InventoryService } from "./modules/inventory/inventory.service.ts";
import { ReceivingService } from "./modules/inventory/receiving.service.ts";
import { StocktakeReads } from "./modules/inventory/stocktake-reads.ts";
import { StocktakesService } from "./modules/inventory/stocktakes.service.ts";
import { TransfersService } from "./modules/inventory/transfers.service.ts";
import { MembersService } from "./modules/members/members.service.ts";
import { OrdersService } from "./modules/orders/orders.service.ts";
import { PaymentProviders } from "./modules/payments/payment-providers.ts";
import { RefundSettlement } from "./modules/payments/refund-settlement.ts";
import { ReturnReadService } from "./modules/returns/returns-read.service.ts";
import { ReturnsService } from "./modules/returns/returns.service.ts";
import type { OutboxRelay } from "./outbox/outbox-relay.ts";
import { StaffService } from "./modules/staff/staff.service.ts";
import { StoresService } from "./modules/stores/stores.service.ts";
import { SettingsService } from "./modules/settings/settings.service.ts";
import { CartPricing } from "./modules/cart/cart-pricing.ts";
import { CartService } from "./modules/cart/cart.service.ts";
import { FulfilmentService } from "./modules/fulfilment/fulfilment.service.ts";
import { OnlineCheckoutService } from "./modules/online-checkout/online-checkout.service.ts";
import { OrderCancellationService } from "./modules/online-checkout/order-cancellation.service.ts";
import { OrderEventFeed } from "./modules/online-checkout/order-event-feed.ts";
import { PaymentNotificationService } from "./modules/payments/payment-notification.service.ts";
import { WalletPaymentSimulation } from "./modules/payments/wallet-payment-simulation.ts";
import { WalletRefunds } from "./modules/payments/wallet-refunds.ts";
import { CampaignService } from "./modules/marketing/campaign.service.ts";
import { CouponIssuingService } from "./modules/marketing/coupon-issuing.service.ts";
import { CouponTemplateService } from "./modules/marketing/coupon-template.service.ts";
import { MemberEventService } from "./modules/marketing/member-event.service.ts";
import { MemberSegmentService } from "./modules/marketing/member-segment.service.ts";
import { PromotionPreviewService } from "./modules/marketing/promotion-preview.ts";
import { PromotionService } from "./modules/marketing/promotion.service.ts";
import { PriceQueries } from "./modules/pricing/price-queries.ts";
import { PricingService } from "./modules/pricing/pricing.service.ts";
import { MemberImportService } from "./modules/members/member-import.service.ts";
import { PointsExpiryService } from "./modules/members/points-expiry.service.ts";
import { TierEvaluationService } from "./modules/members/tier-evaluation.service.ts";
import { TicketMessageFeed } from "./modules/tickets/ticket-feed.ts";
import { TicketsService } from "./modules/tickets/tickets.service.ts";
import { ProductOfferService } from "./modules/recommendations/product-offer.service.ts";
import { RecommendationsService } from "./modules/recommendations/recommendations.service.ts";
import { ShopSearchService } from "./modules/recommendations/shop-search.service.ts";

export type ServiceDeps = { db: Db; sql: SqlClient; config: ApiConfig; sms: SmsSender; relay: OutboxRelay };

/** Wires the use-case services once per API instance. */
export function createServices(deps: ServiceDeps) {
  const audit = new AuditWriter();
  const auth = new AuthService(deps.db, deps.config, deps.sms, audit);
  const pricingReference = new PricingReferenceCache(deps.db);
  const pricer = new SalePricer(deps.db, deps.sql, pricingReference);
  const payments = new PaymentProviders(deps.config.authSecret);
  const carts = new CartService(deps.db);
  const cartPricing = new CartPricing(deps.db, pricer);
  const walletRefunds = new WalletRefunds(deps.db, payments, audit, deps.relay);
  const segments = new MemberSegmentService(deps.db);
  const media: MediaStore = new FsMediaStore(deps.config.mediaDir);
  return {
    config: deps.config,
    sms: deps.sms,
    relay: deps.relay,
    audit,
    auth,
    stores: new StoresService(deps.db),
    settings: new SettingsService(deps.db, pricingReference),
    staff: new StaffService(deps.db, auth),
    pricingReference,
    pricer,
    payments,
    exceptions: new ExceptionsService(deps.db),
    shifts: new ShiftsService(deps.db),
    posSales: new PosSaleService(deps.db, deps.sql, pricer, payments, deps.relay),
    catalog: new CatalogService(deps.db),
    catalogWrites: new CatalogWriteService(deps.db),
    media,
    productImages: new ProductImagesService(deps.db, media),
    mediaCollector: new MediaCollector(deps.db, media),
    catalogImports: new CatalogImportService(deps.sql, deps.relay),
    catalogExports: new CatalogExportService(deps.db),
    inventory: new InventoryService(deps.db, deps.relay),
    receiving: new ReceivingService(deps.db, deps.relay),
    transfers: new TransfersService(deps.db, deps.relay),
    stocktakes: new StocktakesService(deps.db, new CatalogService(deps.db), deps.relay),
    stocktakeReads: new StocktakeReads(deps.db),
    members: new MembersService(deps.db),
    orders: new OrdersService(deps.db),
    auditLog: new AuditLogService(deps.db),
    returns: new ReturnsService(deps.db, new RefundSettlement(deps.db, payments), pricingReference, deps.relay),
    returnReads: new ReturnReadService(deps.db),
    carts,
    cartPricing,
    walletRefunds,
    onlineCheckout: new OnlineCheckoutService(deps.db, carts, cartPricing, payments, pricingReference, deps.relay),
    orderCancellation: new OrderCancellationService(deps.db, audit, deps.relay, walletRefunds),
    paymentNotifications: new PaymentNotificationService(deps.db, audit, deps.relay, walletRefunds),
    walletSimulation: new WalletPaymentSimulation(payments),
    orderFeed: new OrderEventFeed(),
    fulfilment: new FulfilmentService(deps.db, deps.relay),
    pricing: new PricingService(deps.db, deps.relay, audit),
    priceQueries: new PriceQueries(deps.db),
    promotions: new PromotionService(deps.db, pricingReference),
    promotionPreview: new PromotionPreviewService(deps.db, deps.sql, pricingReference, pricer),
    couponTemplates: new CouponTemplateService(deps.db),
    coupons: new CouponIssuingService(deps.db, segments, audit),
    segments,
    campaigns: new CampaignService(deps.db),
    memberEvents: new MemberEventService(deps.db),
    memberImports: new MemberImportService(deps.db),
    pointsExpiry: new PointsExpiryService(deps.db, audit),
    tierEvaluation: new TierEvaluationService(deps.db, audit),
    tickets: new TicketsService(deps.db, deps.relay),
    ticketFeed: new TicketMessageFeed(),
    shopSearch: new ShopSearchService(deps.db, new CatalogService(deps.db)),
    productOffers: new ProductOfferService(deps.db, pricer),
    recommendations: new RecommendationsService(deps.db),
  };
}

export type Services = ReturnType<typeof createServices>;
