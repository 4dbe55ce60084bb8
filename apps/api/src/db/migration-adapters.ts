// Migration-aware driver adapters for Prisma 6.19's JavaScript schema engine (no native engine on this machine).
// Three fixes over the stock adapters, see docs/adr/0002-migrations-offline.md:
//  - PGlite: the schema engine sends whole multi-statement scripts through parameterless executeRaw, which PGlite
//    would run as one prepared statement and reject; such calls go through PGlite's simple-query exec() instead.
//  - PostgreSQL: introspection reads system columns of type `name` (oid 19) and `"char"` (oid 18), which adapter-pg
//    cannot deserialize (prisma/orm#27403); they are reported as text (oid 25).
//  - PostgreSQL: scripts are sent whole (adapter-pg splits them on ";", breaking function bodies).
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./database-target.ts";

type Closeable = { close(): Promise<void> };

function routeScriptsToExec(adapter: SqlDriverAdapter, pg: PGlite): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0) {
      const results = await pg.exec(query.sql);
      return results.reduce((sum, r) => sum + (r.affectedRows ?? 0), 0);
    }
    return executeRaw(query);
  };
  adapter.executeScript = async (script) => {
    await pg.exec(script);
  };
  return adapter;
}

class PgliteMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-migrate";
  private readonly inner: PrismaPGlite;

  constructor(private readonly pg: PGlite) {
    this.inner = new PrismaPGlite(pg);
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = routeScriptsToExec((await this.inner.connect()) as unknown as SqlDriverAdapter, this.pg);
    // The CLI never disposes the main adapter and PGlite keeps a timer alive: close on dispose and at exit.
    adapter.dispose = async () => closeQuietly(this.pg);
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = new PGlite("memory://");
    const adapter = routeScriptsToExec((await new PrismaPGlite(shadow).connect()) as unknown as SqlDriverAdapter, shadow);
    adapter.dispose = async () => closeQuietly(shadow);
    return adapter;
  }
}

async function closeQuietly(db: Closeable & { closed?: boolean }): Promise<void> {
  if (!db.closed) await db.close().catch(() => undefined);
}

let pgTypesPatched = false;
/** Reports `name` and `"char"` columns as text so that introspection of pg_catalog works through adapter-pg. */
function patchPgSystemColumnTypes(adapter: SqlDriverAdapter): void {
  if (pgTypesPatched) return;
  // PgQueryable is the shared base of the adapter and its transactions.
  const base = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as {
    performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
  };
  const performIO = base.performIO;
  base.performIO = async function patched(this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result.fields) {
      if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    }
    return result;
  };
  pgTypesPatched = true;
}

/**
 * adapter-pg runs a migration script by splitting it on ";", which breaks function bodies ($$ … $$). The whole script
 * goes to PostgreSQL as one simple query instead, which runs several statements natively.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const inner = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await inner.client.query(script);
    } catch (error) {
      inner.onError(error);
    }
  };
  return adapter;
}

class PgMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pg-migrate";
  private readonly inner: PrismaPg;

  constructor(url: string) {
    this.inner = new PrismaPg({ connectionString: url, idleTimeoutMillis: 200 });
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    patchPgSystemColumnTypes(adapter);
    return runScriptsWhole(adapter);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connectToShadowDb();
    patchPgSystemColumnTypes(adapter);
    return runScriptsWhole(adapter);
  }
}

/**
 * PGlite's Wasm runtime re-arms a ~10 s alarm timer forever, and the CLI never disposes the main adapter, so the CLI
 * would hang after its work. In the CLI process only, long timers are unref'd: they no longer keep it alive.
 */
export function letLongTimersNotHoldTheProcess(): void {
  const original = globalThis.setTimeout;
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= 1000) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

const pgliteFactories = new Map<string, PgliteMigrationFactory>();

/**
 * The adapter factory prisma.config.ts hands to the schema engine. The CLI asks for it more than once per command
 * (when it parses the config and when it runs), so a PGlite folder gets one instance per process: two instances on
 * one fresh folder would both initialise it, and the one that was not migrated could leave an empty database.
 */
export function migrationAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === "postgres") return new PgMigrationFactory(target.url);
  const existing = pgliteFactories.get(target.dataDir);
  if (existing) return existing;
  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  const factory = new PgliteMigrationFactory(new PGlite(target.dataDir));
  pgliteFactories.set(target.dataDir, factory);
  return factory;
}
