import { AuditWriter } from "./audit/audit-writer.ts";
import type { SmsSender } from "./auth/sms-sender.ts";
import type { ApiConfig } from "./config/env.ts";
import type { Db } from "./db/client.ts";
import { AuthService } from "./modules/auth/auth.service.ts";
import type { OutboxRelay } from "./outbox/outbox-relay.ts";
import { StaffService } from "./modules/staff/staff.service.ts";
import { StoresService } from "./modules/stores/stores.service.ts";

export type ServiceDeps = { db: Db; config: ApiConfig; sms: SmsSender; relay: OutboxRelay };

/** Wires the use-case services once per API instance. */
export function createServices(deps: ServiceDeps) {
  const audit = new AuditWriter();
  const auth = new AuthService(deps.db, deps.config, deps.sms, audit);
  return {
    config: deps.config,
    sms: deps.sms,
    relay: deps.relay,
    audit,
    auth,
    stores: new StoresService(deps.db),
    staff: new StaffService(deps.db, auth),
  };
}

export type Services = ReturnType<typeof createServices>;
