import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./database-target.ts";

/** The SQL of every migration folder, in order. Tests and benchmarks build databases from these directly. */
export function migrationScripts(): { name: string; sql: string }[] {
  const dir = path.join(repoRoot, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}
