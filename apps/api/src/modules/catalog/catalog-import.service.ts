import { createHash } from "node:crypto";
import type { RequestAudit } from "../../audit/request-audit.ts";
import { authz, type StaffViewer } from "../../auth/viewer.ts";
import type { SqlClient } from "../../db/sql-client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { badInput, conflict } from "../../errors/api-errors.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import { CATALOG_COLUMNS, type CatalogColumn, mapHeader } from "./catalog-file-columns.ts";
import { CatalogFileFormat, type CatalogImportReport, CatalogImportMode, type ImportCatalogInput } from "./catalog-file.types.ts";
import { type ImportPlan, planImport } from "./catalog-import.plan.ts";
import { type ImportProblem, readImportRows } from "./catalog-import.rows.ts";
import { loadCatalogState } from "./catalog-import.state.ts";
import { writeImportPlan } from "./catalog-import.writer.ts";
import { CsvSyntaxError, decodeCsvBytes, parseCsv } from "./csv.ts";
import { readXlsx } from "./xlsx.ts";

/** Data rows one file may hold: 10,000 import in a few seconds; larger catalogues go in several files. */
export const MAX_IMPORT_ROWS = 50_000;
const MAX_REPORTED_ERRORS = 1000;

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

/**
 * Bulk catalogue import (catalog:write): reads a CSV or XLSX file, checks every row with the catalogue's own rules, and
 * writes the valid ones in one transaction with set-based statements. One audit row records each import (file hash,
 * mode, counts), whether or not it wrote anything. Stock is left alone: it is received separately.
 */
export class CatalogImportService {
  constructor(
    private readonly sql: SqlClient,
    private readonly relay: OutboxRelay,
  ) {}

  async importCatalog(viewer: StaffViewer, input: ImportCatalogInput, audit: RequestAudit): Promise<CatalogImportReport> {
    const bytes = decodeBase64(input.fileBase64);
    const fileSha256 = createHash("sha256").update(bytes).digest("hex");
    const records = await readRecords(bytes, input.format);
    const header = records[0];
    if (!header || header.every((h) => h.trim() === ""))
      throw badInput("The file has no header row.", [{ field: "fileBase64", message: "no header row" }]);
    if (records.length - 1 > MAX_IMPORT_ROWS) {
      throw badInput(`The file has ${records.length - 1} rows; import at most ${MAX_IMPORT_ROWS} at a time.`, [
        { field: "fileBase64", message: "too many rows" },
      ]);
    }
    const mode = input.mode ?? CatalogImportMode.ALL_OR_NOTHING;
    const policy = input.onExistingSku ?? "ERROR";
    const summary = { format: input.format, mode, onExistingSku: policy, bytes: bytes.length, sha256: fileSha256 };

    const { index, problems: headerProblems } = mapHeader(header);
    const missing = missingColumns(index, policy === "UPDATE");
    if (headerProblems.length || missing.length) {
      const problems: ImportProblem[] = [
        ...headerProblems.map((p) => ({ row: 1, column: p.column, value: p.column, code: p.code, message: p.message })),
        ...missing.map((column) => ({
          row: 1,
          column,
          value: null,
          code: "MISSING_COLUMN",
          message: `The file needs a ${column} column.`,
        })),
      ];
      const report = reportOf(mode, false, fileSha256, emptyPlan(problems, records.length - 1), { createdCategories: 0, createdBrands: 0 });
      await audit.record(this.sql, auditEntry("catalog.import.rejected", summary, report));
      return report;
    }

    const rows = readImportRows(records, index);
    const skus = [...new Set(rows.map((r) => r.sku).filter(Boolean))];
    const codes = [...new Set(rows.flatMap((r) => (r.barcodes ?? []).map((b) => b.code)))];
    const opts = {
      policy,
      canChangeBasePrice: authz.scopeOf(viewer, "price:write") === "ALL",
      columns: new Set(index.keys()),
    };
    const merchantId = viewer.merchantId;

    if (mode === CatalogImportMode.VALIDATE_ONLY) {
      const state = await loadCatalogState(this.sql, merchantId, skus, codes, false);
      const plan = planImport(rows, state, opts);
      const report = reportOf(mode, false, fileSha256, plan, {
        createdCategories: plan.newCategoryPaths.length,
        createdBrands: plan.newBrands.length,
      });
      await audit.record(this.sql, auditEntry("catalog.import.validate", summary, report));
      return report;
    }

    try {
      // Raw SQL on the driver, like the till's hot path (docs/adr/0006): the statements are set-based already, and
      // Prisma's parameter handling costs several times the statements themselves for arrays of thousands of values.
      const report = await this.sql.transaction(async (tx) => {
        const at = new Date();
        const state = await loadCatalogState(tx, merchantId, skus, codes, true);
        const plan = planImport(rows, state, opts);
        if (plan.problems.length && mode === CatalogImportMode.ALL_OR_NOTHING) {
          const rejected = reportOf(mode, false, fileSha256, plan, {
            createdCategories: plan.newCategoryPaths.length,
            createdBrands: plan.newBrands.length,
          });
          await audit.record(tx, auditEntry("catalog.import.rejected", summary, rejected));
          return rejected;
        }
        const written = await writeImportPlan(tx, merchantId, viewer.staffId, plan, at);
        const changed = plan.newProducts.length + plan.productChanges.length + plan.newVariants.length + plan.variantChanges.length > 0;
        const done = reportOf(mode, changed || written.createdBrands + written.createdCategories > 0, fileSha256, plan, written);
        await audit.record(tx, auditEntry("catalog.import", summary, done));
        return done;
      });
      if (report.updatedVariants > 0) void this.relay.kick();
      return report;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(
          "A SKU, barcode or category in the file was just taken by another change; nothing was imported. Run the import again.",
        );
      }
      throw error;
    }
  }
}

function decodeBase64(text: string): Buffer {
  const body = text.replace(/^data:[^,]*;base64,/, "");
  if (!BASE64.test(body)) throw badInput("fileBase64 is not base64.", [{ field: "fileBase64", message: "not base64" }]);
  const bytes = Buffer.from(body, "base64");
  if (bytes.length === 0) throw badInput("The file is empty.", [{ field: "fileBase64", message: "empty file" }]);
  return bytes;
}

async function readRecords(bytes: Buffer, format: CatalogFileFormat): Promise<string[][]> {
  if (format === CatalogFileFormat.XLSX) {
    try {
      return await readXlsx(bytes);
    } catch {
      throw badInput("The file is not a readable XLSX workbook.", [{ field: "fileBase64", message: "not an XLSX workbook" }]);
    }
  }
  try {
    return parseCsv(decodeCsvBytes(bytes));
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw badInput(`The CSV cannot be read: ${error.message}`, [{ field: "fileBase64", message: error.message }]);
    throw error;
  }
}

/** Columns every row needs: a SKU always; a product name and a price unless the file only updates existing SKUs. */
function missingColumns(index: Map<CatalogColumn, number>, updatesOnly: boolean): CatalogColumn[] {
  const missing: CatalogColumn[] = [];
  if (!index.has("sku")) missing.push("sku");
  if (!updatesOnly && !index.has("product_name") && !index.has("product_key")) missing.push("product_name");
  if (!updatesOnly && !index.has("base_price") && !index.has("base_price_fen")) missing.push("base_price");
  return missing;
}

function emptyPlan(problems: ImportProblem[], totalRows: number): ImportPlan {
  return {
    problems,
    totalRows,
    validRows: 0,
    invalidRows: totalRows,
    skippedRows: 0,
    newProducts: [],
    productChanges: [],
    newVariants: [],
    variantChanges: [],
    unchangedVariants: 0,
    newCategoryPaths: [],
    newBrands: [],
  };
}

const COLUMN_ORDER = new Map<string, number>(CATALOG_COLUMNS.map((c, i) => [c, i]));

function reportOf(
  mode: CatalogImportMode,
  written: boolean,
  fileSha256: string,
  plan: ImportPlan,
  created: { createdCategories: number; createdBrands: number },
): CatalogImportReport {
  const errors = [...plan.problems].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (COLUMN_ORDER.get(a.column ?? "") ?? 99) - (COLUMN_ORDER.get(b.column ?? "") ?? 99),
  );
  return {
    mode,
    written,
    fileSha256,
    totalRows: plan.totalRows,
    validRows: plan.validRows,
    invalidRows: plan.invalidRows,
    skippedRows: plan.skippedRows,
    createdProducts: plan.newProducts.length,
    updatedProducts: plan.productChanges.length,
    createdVariants: plan.newVariants.length,
    updatedVariants: plan.variantChanges.length,
    unchangedVariants: plan.unchangedVariants,
    createdCategories: created.createdCategories,
    createdBrands: created.createdBrands,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
  };
}

function auditEntry(action: string, summary: Record<string, unknown>, report: CatalogImportReport) {
  const { errors: _errors, ...counts } = report;
  return { action, entityType: "CatalogImport", entityId: report.fileSha256, after: { ...summary, ...counts } };
}
