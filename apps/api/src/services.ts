import { AuditWriter } from "./audit/audit-writer.ts";
import type { SmsSender } from "./auth/sms-sender.ts";
import type { ApiConfig } from "./config/env.ts";
import type { Db } from "./db/client.ts";
import type { SqlClient } from "./db/sql-client.ts";
import { AuthService } from "./modules/auth/auth.service.ts";
import { CatalogService } from "./modules/catalog/catalog.service.ts";
import { CatalogWriteService } from "./modules/catalog/catalog-write.service.ts";
import { PosSaleService } from "./modules/checkout/pos-sale.service.ts";
import { PricingReferenceCache } from "./modules/checkout/pricing-reference.ts";
import { SalePricer } from "./modules/checkout/sale-pricer.ts";
import { InventoryService } from "./modules/inventory/inventory.service.ts";
import { PaymentProviders } from "./modules/payments/payment-providers.ts";
import { RefundSettlement } from "./modules/payments/refund-settlement.ts";
import { ReturnReadService } from "./modules/returns/returns-read.service.ts";
import { ReturnsService } from "./modules/returns/returns.service.ts";
import type { OutboxRelay } from "./outbox/outbox-relay.ts";
import { StaffService } from "./modules/staff/staff.service.ts";
import { StoresService } from "./modules/stores/stores.service.ts";

export type ServiceDeps = { db: Db; sql: SqlClient; config: ApiConfig; sms: SmsSender; relay: OutboxRelay };

/** Wires the use-case services once per API instance. */
export function createServices(deps: ServiceDeps) {
  const audit = new AuditWriter();
  const auth = new AuthService(deps.db, deps.config, deps.sms, audit);
  const pricingReference = new PricingReferenceCache(deps.db);
  const pricer = new SalePricer(deps.db, deps.sql, pricingReference);
  const payments = new PaymentProviders(deps.config.authSecret);
  return {
    config: deps.config,
    sms: deps.sms,
    relay: deps.relay,
    audit,
    auth,
    stores: new StoresService(deps.db),
    staff: new StaffService(deps.db, auth),
    pricingReference,
    pricer,
    payments,
    posSales: new PosSaleService(deps.db, deps.sql, pricer, payments, deps.relay),
    catalog: new CatalogService(deps.db),
    catalogWrites: new CatalogWriteService(deps.db),
    inventory: new InventoryService(deps.db, deps.relay),
    returns: new ReturnsService(deps.db, new RefundSettlement(deps.db, payments), pricingReference, deps.relay),
    returnReads: new ReturnReadService(deps.db),
  };
}

export type Services = ReturnType<typeof createServices>;
