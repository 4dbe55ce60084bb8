#!/usr/bin/env node
// Runs the Prisma CLI with the environment that keeps it offline: no native engine downloads, no telemetry.
// Usage: node scripts/prisma-env.mjs <prisma args...>
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "node_modules", ".bin", "prisma");
if (!existsSync(bin)) {
  console.error("prisma CLI not installed yet; skipping:", process.argv.slice(2).join(" "));
  process.exit(0);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
  PRISMA_QUERY_ENGINE_LIBRARY: "/bin/true",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  // The schema's datasource must hold a postgres URL, but with a driver adapter its value is unused: the real target
  // (a postgres:// URL or a PGlite folder) travels in O2O_DATABASE_URL to prisma.config.ts.
  O2O_DATABASE_URL: process.env.O2O_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
  DATABASE_URL: "postgresql://unused@127.0.0.1:1/unused",
};
const result = spawnSync(bin, process.argv.slice(2), { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
