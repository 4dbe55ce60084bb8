// `npm run db:seed`: writes the demo data into an empty database (PGlite folder or PostgreSQL from DATABASE_URL).
import { loadConfig } from "../config/env.ts";
import { openDatabase } from "../db/client.ts";
import { describeTarget } from "../db/database-target.ts";
import { FsMediaStore } from "../modules/media/fs-media-store.ts";
import { isDatabaseEmpty, seedDemoData } from "./seed-demo.ts";

const config = loadConfig();
const database = await openDatabase(config.databaseUrl);
try {
  const where = describeTarget(database.target);
  if (!(await isDatabaseEmpty(database.prisma))) {
    console.log(`${where} already has data, skipping the demo seed.`);
  } else {
    const started = performance.now();
    const demo = await seedDemoData(database.prisma, { media: new FsMediaStore(config.mediaDir) });
    const ms = Math.round(performance.now() - started);
    console.log(`Seeded the demo merchant ${demo.merchantId} into ${where} in ${ms} ms.\n`);
    console.log("Staff logins (POS and admin):");
    console.table(demo.logins.map((l) => ({ role: l.role, username: l.username, password: l.password, store: l.store ?? "(all)" })));
    console.log("Member logins (storefront; any member can also log in by SMS code):");
    console.table(demo.memberLogins);
    console.log("Rows written:");
    console.table(demo.counts);
  }
} finally {
  await database.close();
}
