import { randomUUID } from "node:crypto";
import type { RawSql } from "./sql-client.ts";

/** A column of a bulk insert: its SQL array type, and a cast when the column is an enum or JSON. */
export type BulkColumn = { name: string; type: "text" | "int" | "bool" | "timestamptz" | "jsonb"; cast?: string };

/** Adds a parameter and returns its placeholder (`$n`). */
export type ParamSink = (value: unknown) => string;

function arrayParam(column: BulkColumn, rows: unknown[][], index: number): unknown[] {
  return rows.map((row) => {
    const v = row[index];
    if (v === undefined) return null;
    if (column.type === "jsonb") return v === null ? null : JSON.stringify(v);
    if (v instanceof Date) return v.toISOString();
    return v;
  });
}

/**
 * `INSERT INTO table (…) SELECT … FROM unnest(…)`: many rows in one statement, one array parameter per column, the same
 * on PostgreSQL and PGlite. Rows are arrays in column order.
 */
export function insertRowsSql(table: string, columns: BulkColumn[], rows: unknown[][], param: ParamSink): string {
  const select = columns
    .map((c, i) => {
      const cast = c.cast ?? (c.type === "jsonb" ? "jsonb" : undefined);
      return cast ? `x.c${i}::${cast}` : `x.c${i}`;
    })
    .join(", ");
  const unnest = columns.map((c, i) => `${param(arrayParam(c, rows, i))}::${c.type === "jsonb" ? "text" : c.type}[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")}) SELECT ${select} FROM unnest(${unnest}) AS x(${aliases})`;
}

/**
 * Inserts many rows in one statement. Prisma's createMany costs a query compilation per call; on the till's hot path
 * one raw statement per table is the budget.
 */
export async function bulkInsert(db: RawSql, table: string, columns: BulkColumn[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const sql = insertRowsSql(table, columns, rows, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  await db.$executeRawUnsafe(sql, ...params);
}

export const newId = (): string => randomUUID();
