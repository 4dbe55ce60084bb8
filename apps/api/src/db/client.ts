import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.ts";
import { type DatabaseTarget, parseDatabaseUrl } from "./database-target.ts";

export type Db = PrismaClient;
/** An interactive transaction client. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type Database = {
  prisma: Db;
  target: DatabaseTarget;
  /** Runs a raw query used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

/** Opens Prisma Client over the embedded PGlite folder or PostgreSQL, with no native query engine. */
export async function openDatabase(databaseUrl: string | undefined, opts: { poolSize?: number } = {}): Promise<Database> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.kind === "postgres") {
    const adapter = new PrismaPg({ connectionString: target.url, max: opts.poolSize ?? 20 });
    const prisma = new PrismaClient({ adapter });
    return {
      prisma,
      target,
      ping: async () => void (await prisma.$queryRawUnsafe("SELECT 1")),
      close: () => prisma.$disconnect(),
    };
  }
  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  return databaseOnPglite(new PGlite(target.dataDir), target);
}

/** Prisma over an open PGlite instance (tests load one from a prepared data-dir dump). */
export async function databaseOnPglite(pg: PGlite, target: DatabaseTarget = { kind: "pglite", dataDir: "memory://" }): Promise<Database> {
  await pg.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) as unknown as SqlDriverAdapterFactory });
  return {
    prisma,
    target,
    ping: async () => void (await pg.query("SELECT 1")),
    close: async () => {
      await prisma.$disconnect();
      if (!pg.closed) await pg.close();
    },
  };
}
