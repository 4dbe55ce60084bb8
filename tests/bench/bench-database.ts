import pg from "pg";
import { openDatabase, type Database } from "../../apps/api/src/db/client.ts";
import { withDatabase } from "../../apps/api/src/db/database-target.ts";
import { migrationScripts } from "../../apps/api/src/db/migration-files.ts";
import { seedDemoData } from "../../apps/api/src/seed/seed-demo.ts";

export const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** A fresh PostgreSQL database, migrated and seeded with the demo data; dropped by the returned function. */
export async function freshBenchDatabase(poolSize: number): Promise<{ database: Database; url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect().catch((e: Error) => {
    throw new Error(`The benchmark needs PostgreSQL at ${ADMIN_URL}: ${e.message}`);
  });
  const name = `o2o_bench_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(ADMIN_URL, name);
  const direct = new pg.Client({ connectionString: url });
  await direct.connect();
  for (const m of migrationScripts()) await direct.query(m.sql);
  await direct.end();
  const database = await openDatabase(url, { poolSize });
  await seedDemoData(database.prisma);
  return {
    database,
    url,
    async drop() {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
