// Catalogue import of a generated 10,000-row CSV through the import service (parse, validate, plan, one write
// transaction) on a fresh in-memory PGlite database holding one merchant and nothing else.
import "reflect-metadata";
import { PGlite } from "@electric-sql/pglite";
import { AuditWriter } from "../../apps/api/src/audit/audit-writer.ts";
import { RequestAudit } from "../../apps/api/src/audit/request-audit.ts";
import type { Permission } from "../../apps/api/src/auth/permissions.ts";
import type { StaffViewer } from "../../apps/api/src/auth/viewer.ts";
import { databaseOnPglite } from "../../apps/api/src/db/client.ts";
import { migrationScripts } from "../../apps/api/src/db/migration-files.ts";
import { CatalogFileFormat, CatalogImportMode, ExistingSkuAction } from "../../apps/api/src/modules/catalog/catalog-file.types.ts";
import { CatalogImportService } from "../../apps/api/src/modules/catalog/catalog-import.service.ts";
import { generatedCatalogCsv } from "../../apps/api/src/modules/catalog/fixtures/generated-catalog.ts";
import type { OutboxRelay } from "../../apps/api/src/outbox/outbox-relay.ts";

const ROWS = 10_000;

export async function benchCatalogImport(): Promise<{ rows: number; seconds: number }> {
  const pglite = new PGlite("memory://");
  for (const m of migrationScripts()) await pglite.exec(m.sql);
  const database = await databaseOnPglite(pglite);
  try {
    const db = database.prisma;
    const merchant = await db.merchant.create({ data: { code: "BENCH", name: "Bench merchant" } });
    const viewer: StaffViewer = {
      kind: "STAFF",
      sessionId: "bench",
      staffId: "bench-staff",
      merchantId: merchant.id,
      username: "bench",
      displayName: "Bench",
      grants: new Map<Permission, "ALL">([
        ["catalog:write", "ALL"],
        ["price:write", "ALL"],
      ]),
    };
    // New products only: no price changes, so nothing for the relay to publish.
    const relay = { kick: async () => {} } as unknown as OutboxRelay;
    const service = new CatalogImportService(database.sql, relay);
    const audit = new RequestAudit(new AuditWriter(), viewer, { ip: "127.0.0.1", userAgent: "bench" });
    const fileBase64 = Buffer.from(generatedCatalogCsv(ROWS)).toString("base64");

    const started = performance.now();
    const report = await service.importCatalog(
      viewer,
      { fileBase64, format: CatalogFileFormat.CSV, mode: CatalogImportMode.ALL_OR_NOTHING, onExistingSku: ExistingSkuAction.ERROR },
      audit,
    );
    const seconds = (performance.now() - started) / 1000;
    if (report.createdVariants !== ROWS) throw new Error(`catalog import bench: ${JSON.stringify(report.errors.slice(0, 5))}`);
    return { rows: report.createdVariants, seconds };
  } finally {
    await database.close();
  }
}
