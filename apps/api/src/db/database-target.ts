import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the data lives: the embedded PGlite folder (default) or a PostgreSQL server. */
export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export const defaultPgliteDir = path.join(repoRoot, "data", "pglite");

/** Uploaded media live beside the embedded database's folder (`data/media` next to `data/pglite`). */
export function defaultMediaDir(target: DatabaseTarget): string {
  const dataDir = target.kind === "pglite" && !target.dataDir.startsWith("memory://") ? target.dataDir : defaultPgliteDir;
  return path.join(path.dirname(dataDir), "media");
}

/**
 * `postgres://` or `postgresql://` → PostgreSQL. `memory://` → in-memory PGlite. `pglite:<dir>`, `file:<dir>` or
 * empty → PGlite in a folder (relative paths are taken from the repository root).
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = (url ?? "").trim();
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", url: value };
  if (value === "") return { kind: "pglite", dataDir: defaultPgliteDir };
  if (value.startsWith("memory://")) return { kind: "pglite", dataDir: value };
  const dir = value.replace(/^(pglite|file):(\/\/)?/i, "");
  return { kind: "pglite", dataDir: path.isAbsolute(dir) ? dir : path.join(repoRoot, dir) };
}

export function describeTarget(target: DatabaseTarget): string {
  return target.kind === "postgres" ? `PostgreSQL ${target.url.replace(/\/\/[^@/]*@/, "//***@")}` : `PGlite ${target.dataDir}`;
}

/** The same PostgreSQL URL, naming another database on that server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
