// Applies pending migrations with `prisma migrate deploy` (the standard Prisma Migrate path) to the embedded PGlite
// folder or, when DATABASE_URL is a postgres:// URL, to PostgreSQL.
import { applyMigrations } from "../apps/api/src/db/migrate.ts";

await applyMigrations(process.env.DATABASE_URL);
