import { type BulkColumn, insertRowsSql } from "./bulk-insert.ts";
import type { SqlClient } from "./sql-client.ts";

/** A check of a write batch failed: the whole statement was undone. `code` is the business code given to `check`. */
export class BatchRejected extends Error {
  constructor(
    readonly code: string,
    readonly detail: string | null,
  ) {
    super(`write rejected: ${code}`);
  }
}

const REJECTION = /O2O_REJECT:([A-Z0-9_]+):([^\n]*)/;

/**
 * Several writes sent as ONE SQL statement: each write is a data-modifying CTE, checks on what they returned are calls
 * of `o2o_check` (migration write_batch_checks) in the final SELECT. A statement is atomic on its own, so the batch needs
 * no BEGIN/COMMIT: one round trip, and row locks held only while it runs. CTEs run on one snapshot and see each other
 * only through RETURNING; foreign keys are checked at the end of the statement, so a parent and its children can be
 * inserted together.
 */
export class WriteBatch {
  private readonly params: unknown[] = [];
  private readonly ctes: string[] = [];
  private readonly checks: string[] = [];

  /** A parameter placeholder for `value`, with an optional cast (`$3::jsonb`). */
  param = (value: unknown, cast?: string): string => {
    this.params.push(value);
    return `$${this.params.length}${cast ? `::${cast}` : ""}`;
  };

  /** Adds a named write (or read); later parts may select from `name`. */
  with(name: string, statement: string): this {
    this.ctes.push(`"${name}" AS (${statement})`);
    return this;
  }

  /** Adds a bulk insert of `rows` (nothing when there are none). */
  insertRows(name: string, table: string, columns: BulkColumn[], rows: unknown[][]): this {
    if (rows.length === 0) return this;
    return this.with(name, insertRowsSql(table, columns, rows, this.param));
  }

  /** Fails the whole batch with `code` unless the SQL condition holds; `detail` is an SQL text expression. */
  check(condition: string, code: string, detail = "NULL"): this {
    this.checks.push(`o2o_check(${condition}, '${code}', ${detail})`);
    return this;
  }

  /** Runs the batch; `select` lists the output columns (e.g. `(SELECT number FROM "o") AS number`). */
  async run<T>(db: SqlClient, select: string): Promise<T> {
    const outputs = [...this.checks.map((c, i) => `${c} AS check_${i}`), select].filter(Boolean).join(", ");
    const sql = `${this.ctes.length ? `WITH ${this.ctes.join(",\n")}\n` : ""}SELECT ${outputs}`;
    try {
      // Prepared: a batch's text depends only on which parts it has, so each connection plans each shape once.
      const rows = await db.$queryPrepared<T[]>(sql, ...this.params);
      return rows[0] as T;
    } catch (error) {
      const match = REJECTION.exec((error as Error).message ?? "");
      if (match?.[1]) throw new BatchRejected(match[1], match[2] || null);
      throw error;
    }
  }
}
