import { defineConfig } from "prisma/config";
import { parseDatabaseUrl } from "./apps/api/src/db/database-target.ts";
import { letLongTimersNotHoldTheProcess, migrationAdapterFactory } from "./apps/api/src/db/migration-adapters.ts";

// Prisma 6.19 with its JavaScript schema engine and driver adapters: no native engine is downloaded or run.
// O2O_DATABASE_URL (set from DATABASE_URL by scripts/prisma-env.mjs): a postgres:// URL for PostgreSQL, otherwise the embedded PGlite folder (default ./data/pglite).
letLongTimersNotHoldTheProcess();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapterFactory(parseDatabaseUrl(process.env.O2O_DATABASE_URL)),
});
