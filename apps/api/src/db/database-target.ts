import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the data lives: the embedded PGlite folder (default) or a PostgreSQL server. */
export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export const defaultPgliteDir = path.join(repoRoot, "data", "pglite");

/**
 * Where uploaded media live unless MEDIA_DIR says: a folder belongs to one database, because unused files are
 * collected by what that database names. Beside an embedded database's folder (`data/media` next to `data/pglite`);
 * `data/media-<database>` for PostgreSQL; a folder of the process's own for an in-memory database, which dies with it.
 */
export function defaultMediaDir(target: DatabaseTarget): string {
  if (target.kind === "postgres") {
    const database = decodeURIComponent(new URL(target.url).pathname.replace(/^\//, "")) || "postgres";
    return path.join(repoRoot, "data", `media-${database.replace(/[^\w.-]/g, "_")}`);
  }
  if (target.dataDir.startsWith("memory://")) return path.join(tmpdir(), `o2o-media-${process.pid}`);
  return path.join(path.dirname(target.dataDir), "media");
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
