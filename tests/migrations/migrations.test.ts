// The migrations in prisma/migrations are the only way the database is built: they must match schema.prisma and apply
// with the standard `prisma migrate deploy` to both the embedded database and PostgreSQL, with no network.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl, withDatabase } from "../../apps/api/src/db/database-target.ts";
import { migrationAdapterFactory } from "../../apps/api/src/db/migration-adapters.ts";

const root = path.resolve(import.meta.dirname, "../..");
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

function prisma(args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "prisma-env.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

describe("migrations", () => {
  it("a database built from the migrations has no drift from schema.prisma", () => {
    const diff = prisma(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      "memory://",
    );
    expect(diff.status, diff.out).toBe(0);
  });

  it("one PGlite instance per folder however often the CLI asks for the adapter", async () => {
    // The CLI calls prisma.config.ts's adapter() twice per command; two PGlite instances initialising one fresh folder
    // raced, and about one deploy in twenty left an empty database behind (CI saw it).
    const dir = mkdtempSync(path.join(tmpdir(), "o2o-adapter-"));
    try {
      const first = migrationAdapterFactory(parseDatabaseUrl(dir));
      expect(migrationAdapterFactory(parseDatabaseUrl(dir))).toBe(first);
      const adapter = await first.connect();
      await adapter.executeScript("CREATE TABLE probe (id int)");
      await adapter.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("apply to a fresh embedded PGlite folder with prisma migrate deploy", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "o2o-migrate-"));
    try {
      const deploy = prisma(["migrate", "deploy"], dir);
      expect(deploy.status, deploy.out).toBe(0);
      const status = prisma(["migrate", "status"], dir);
      expect(status.out).toMatch(/Database schema is up to date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("apply to a fresh PostgreSQL database with prisma migrate deploy", async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect().catch((e: Error) => {
      throw new Error(`PostgreSQL is required for this test but is not reachable at ${POSTGRES_ADMIN_URL}: ${e.message}`);
    });
    const name = `o2o_migrate_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = withDatabase(POSTGRES_ADMIN_URL, name);
      const deploy = prisma(["migrate", "deploy"], url);
      expect(deploy.status, deploy.out).toBe(0);
      const status = prisma(["migrate", "status"], url);
      expect(status.out).toMatch(/Database schema is up to date/);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
