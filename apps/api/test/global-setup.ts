// Builds one migrated and seeded database per test run, which every test file then copies: a PGlite data-dir dump, or
// a PostgreSQL template database. The PostgreSQL project fails loudly when the server is missing; it never skips.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { databaseOnPglite, openDatabase } from "../src/db/client.ts";
import { withDatabase } from "../src/db/database-target.ts";
import { migrationScripts } from "../src/db/migration-files.ts";
import { seedDemoData, type DemoSummary } from "../src/seed/seed-demo.ts";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "pglite" | "postgres";
    pgliteTemplate: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
    runId: string;
    demo: DemoSummary;
  }
}

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export default async function setup(project: TestProject) {
  const kind: "pglite" | "postgres" = project.name.endsWith("postgres") ? "postgres" : "pglite";
  const runId = `${process.pid}_${Date.now()}`;
  project.provide("dbKind", kind);
  project.provide("runId", runId);
  const started = Date.now();

  if (kind === "pglite") {
    const db = new PGlite("memory://");
    for (const m of migrationScripts()) await db.exec(m.sql);
    const database = await databaseOnPglite(db);
    const demo = await seedDemoData(database.prisma);
    const dump = await db.dumpDataDir("none");
    const file = path.join(tmpdir(), `o2o-pglite-template-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide("pgliteTemplate", file);
    project.provide("demo", demo);
    console.log(`[test] PGlite template ready in ${Date.now() - started} ms`);
    return;
  }

  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for the api-postgres test project but is not reachable at ${POSTGRES_ADMIN_URL} ` +
        `(${(error as Error).message}). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  }
  const template = `o2o_tpl_${runId}`;
  await admin.query(`CREATE DATABASE "${template}"`);
  const url = withDatabase(POSTGRES_ADMIN_URL, template);
  const direct = new pg.Client({ connectionString: url });
  await direct.connect();
  for (const m of migrationScripts()) await direct.query(m.sql);
  await direct.end();
  const database = await openDatabase(url, { poolSize: 2 });
  const demo = await seedDemoData(database.prisma);
  await database.close();
  project.provide("postgresAdminUrl", POSTGRES_ADMIN_URL);
  project.provide("postgresTemplate", template);
  project.provide("demo", demo);
  console.log(`[test] PostgreSQL template ${template} ready in ${Date.now() - started} ms`);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [
      template,
      `o2o_t_${runId}_%`,
    ]);
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await admin.end();
  };
}
