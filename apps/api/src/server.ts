import "reflect-metadata";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { AuditWriter, type RequestOrigin } from "./audit/audit-writer.ts";
import { mutationAuditPlugin } from "./audit/mutation-audit.plugin.ts";
import { RequestAudit } from "./audit/request-audit.ts";
import { LoggingSmsSender, type SmsSender } from "./auth/sms-sender.ts";
import { bearer } from "./auth/tokens.ts";
import type { Viewer } from "./auth/viewer.ts";
import type { ApiConfig } from "./config/env.ts";
import type { Context } from "./context.ts";
import type { Database } from "./db/client.ts";
import { ErrorCode } from "./errors/error-codes.ts";
import { httpErrorBody } from "./errors/api-errors.ts";
import { formatError } from "./errors/format-error.ts";
import { graphiqlAssets, graphiqlHtml } from "./graphql/graphiql.ts";
import { createLoaders } from "./graphql/loaders.ts";
import { complexityLimit, depthLimit } from "./graphql/query-limits.ts";
import { PriceChangeScheduler } from "./modules/pricing/price-change-scheduler.ts";
import { OutboxRelay } from "./outbox/outbox-relay.ts";
import { createEventBus } from "./outbox/pubsub.ts";
import { buildApiSchema } from "./schema/build-schema.ts";
import { createServices, type Services } from "./services.ts";
import { catalogImportBodyParser } from "./modules/catalog/catalog-import.body-limit.ts";
import { paymentWebhookRouter } from "./modules/payments/payment-webhook.route.ts";
import { LoyaltyJobs } from "./modules/members/loyalty-jobs.ts";
import { mediaRouter } from "./modules/media/media.route.ts";

export type RunningApi = {
  url: string;
  wsUrl: string;
  port: number;
  services: Services;
  schema: GraphQLSchema;
  close(): Promise<void>;
};

function originOf(req: IncomingMessage, operation?: string | null): RequestOrigin {
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")[0]
    ?.trim();
  return {
    ip: forwarded || req.socket.remoteAddress || "unknown",
    userAgent: req.headers["user-agent"]?.slice(0, 300) ?? null,
    operation: operation ?? null,
  };
}

/** Boots Apollo (HTTP) and graphql-ws (WebSocket) on one port and path, plus /healthz, /readyz and GraphiQL. */
export async function startApiServer(opts: { config: ApiConfig; database: Database; sms?: SmsSender }): Promise<RunningApi> {
  const { config, database } = opts;
  const db = database.prisma;
  const log = config.logLevel === "silent" ? () => {} : (e: unknown) => console.error("[api] unexpected error:", e);
  const bus = createEventBus(config.redisUrl, config.redisChannelPrefix);
  const relay = new OutboxRelay(database.sql, bus.pubSub);
  const services = createServices({ db, sql: database.sql, config, sms: opts.sms ?? new LoggingSmsSender(), relay });
  const schema = await buildApiSchema(bus.pubSub);
  services.orderFeed.connect(bus.pubSub);
  services.ticketFeed.connect(bus.pubSub);
  const auditWriter = new AuditWriter();

  const buildContext = (viewer: Viewer | null, origin: RequestOrigin): Context => ({
    viewer,
    db,
    services,
    loaders: createLoaders(db),
    audit: new RequestAudit(auditWriter, viewer, origin),
  });

  const app = express();
  app.disable("x-powered-by");
  const httpServer: Server = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsCleanup = useServer<{ authorization?: string; token?: string }, { viewer?: Viewer | null }>(
    {
      schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearer(params.authorization) ?? (typeof params.token === "string" ? params.token : null);
        const viewer = await services.auth.viewerFromToken(token);
        // A token that is forged, expired or revoked closes the connection; no token = anonymous (public topics only).
        if (token && !viewer) return false;
        ctx.extra.viewer = viewer;
        return true;
      },
      context: (ctx) => buildContext(ctx.extra.viewer ?? null, originOf(ctx.extra.request)),
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) if (!e.extensions?.code) log(e);
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.maxQueryDepth)],
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityLimit(() => schema, config.maxQueryComplexity),
      mutationAuditPlugin,
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (config.corsOrigins.length === 0 || config.corsOrigins.includes(origin))) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
      res.setHeader("Access-Control-Allow-Headers", "authorization, content-type, apollo-require-preflight, x-idempotency-key");
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.setHeader("Access-Control-Max-Age", "600");
    }
    if (req.method === "OPTIONS") {
      res.status(204).end();
      return;
    }
    next();
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: "ready", database: database.target.kind });
    } catch {
      res.status(503).json({ status: "unavailable", database: database.target.kind });
    }
  });
  app.get("/graphql", (req, res, next) => {
    if (req.accepts(["text/html", "application/json"]) === "text/html" && !req.query.query) {
      res.type("html").send(graphiqlHtml("/graphql"));
      return;
    }
    next();
  });
  app.use("/graphiql", graphiqlAssets());

  app.use("/graphql", catalogImportBodyParser(services.auth));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = await services.auth.viewerFromToken(bearer(req.headers.authorization));
        return buildContext(viewer, originOf(req, (req.body as { operationName?: string })?.operationName));
      },
    }),
  );

  // Wallet notifications: raw text body (the signature covers the exact bytes), on this route only.
  app.use(paymentWebhookRouter({ payments: services.payments, paymentNotifications: services.paymentNotifications, log }));

  // Product images: uploads (catalog:write, bearer token) and the stored files, on the API's own origin.
  app.use(
    mediaRouter({
      store: services.media,
      db,
      auth: services.auth,
      audit: (req, viewer) => new RequestAudit(auditWriter, viewer, originOf(req, "uploadMedia")),
      log,
    }),
  );

  app.use((_req, res) => {
    res.status(404).json(httpErrorBody(ErrorCode.NOT_FOUND, "No such route. The API is at /graphql."));
  });
  // Malformed JSON, oversized bodies and anything thrown outside GraphQL: a typed error, never a stack trace.
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.type === "entity.parse.failed") {
      res.status(400).json(httpErrorBody(ErrorCode.BAD_REQUEST, "The request body is not valid JSON."));
    } else if (err.type === "entity.too.large") {
      res.status(413).json(httpErrorBody(ErrorCode.BAD_REQUEST, "The request body is too large (limit 1 MB)."));
    } else if (err.status && err.status < 500) {
      res.status(err.status).json(httpErrorBody(ErrorCode.BAD_REQUEST, "Bad request."));
    } else {
      log(err);
      res.status(500).json(httpErrorBody(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error."));
    }
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  relay.start();
  const priceScheduler = new PriceChangeScheduler(services.pricing);
  priceScheduler.start();
  const port = (httpServer.address() as AddressInfo).port;
  const hostForUrl = config.host === "0.0.0.0" ? "localhost" : config.host;
  services.walletSimulation.setWebhookBaseUrl(`http://${hostForUrl}:${port}`);
  services.orderCancellation.startSweeper();
  const loyaltyJobs = new LoyaltyJobs(services.pointsExpiry, services.tierEvaluation);
  loyaltyJobs.start();
  services.mediaCollector.start();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostForUrl}:${port}/graphql`,
    wsUrl: `ws://${hostForUrl}:${port}/graphql`,
    port,
    services,
    schema,
    close() {
      closing ??= (async () => {
        await priceScheduler.stop();
        await services.orderCancellation.stopSweeper();
        await loyaltyJobs.stop();
        await services.mediaCollector.stop();
        await relay.stop();
        await apollo.stop();
        await bus.close();
      })();
      return closing;
    },
  };
}
