import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { type DatabaseTarget, parseDatabaseUrl } from "./database-target.ts";
import { pgliteSqlClient, postgresSqlClient, type SqlClient } from "./sql-client.ts";

export type Db = PrismaClient;
/** An interactive transaction client. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type Database = {
  prisma: Db;
  /** Raw SQL on the same connections, for the till's hot path only. */
  sql: SqlClient;
  target: DatabaseTarget;
  /** Runs a raw query used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

/** Opens Prisma Client over the embedded PGlite folder or PostgreSQL, with no native query engine. */
export async function openDatabase(databaseUrl: string | undefined, opts: { poolSize?: number } = {}): Promise<Database> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: opts.poolSize ?? 20 });
    // An idle connection the server closes (restart, failover) must not crash the process; the pool replaces it.
    pool.on("error", (error) => console.error("[db] idle PostgreSQL connection lost:", error.message));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      sql: postgresSqlClient(pool),
      target,
      ping: async () => void (await pool.query("SELECT 1")),
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  return databaseOnPglite(new PGlite(target.dataDir), target);
}

/** Prisma over an open PGlite instance (tests load one from a prepared data-dir dump). */
export async function databaseOnPglite(
  pglite: PGlite,
  target: DatabaseTarget = { kind: "pglite", dataDir: "memory://" },
): Promise<Database> {
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory });
  return {
    prisma,
    sql: pgliteSqlClient(pglite),
    target,
    ping: async () => void (await pglite.query("SELECT 1")),
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
