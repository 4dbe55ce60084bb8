import type { RequestAudit } from "./audit/request-audit.ts";
import type { Viewer } from "./auth/viewer.ts";
import type { Db } from "./db/client.ts";
import type { Loaders } from "./graphql/loaders.ts";
import type { Services } from "./services.ts";

/** What every resolver receives: who is asking, from where, and the services to ask. */
export type Context = {
  viewer: Viewer | null;
  db: Db;
  services: Services;
  loaders: Loaders;
  audit: RequestAudit;
};
