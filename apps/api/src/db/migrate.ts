import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describeTarget, parseDatabaseUrl, repoRoot, withDatabase } from "./database-target.ts";

/** Creates the PostgreSQL database named in the URL when it does not exist yet (a newcomer's first run). */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!name) return;
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/** Runs `prisma migrate deploy` against the database the URL names; rejects when it fails. */
export async function applyMigrations(databaseUrl: string | undefined): Promise<void> {
  const target = parseDatabaseUrl(databaseUrl);
  const url = target.kind === "postgres" ? target.url : `file:${target.dataDir}`;
  console.log(`Applying migrations to ${describeTarget(target)} ...`);
  if (target.kind === "postgres") await ensurePostgresDatabase(target.url);
  const script = path.join(repoRoot, "scripts", "prisma-env.mjs");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [script, "migrate", "deploy"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy exited with ${code}`))));
  });
}
