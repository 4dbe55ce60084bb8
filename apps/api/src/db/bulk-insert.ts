import { randomUUID } from "node:crypto";
import type { RawSql } from "./sql-client.ts";

/** A column of a bulk insert: its SQL array type, and a cast when the column is an enum or JSON. */
export type BulkColumn = { name: string; type: "text" | "int" | "bool" | "timestamptz" | "jsonb"; cast?: string };

/**
 * Inserts many rows in one statement (`INSERT … SELECT FROM unnest(…)`), the same on PostgreSQL and PGlite. Prisma's
 * createMany costs a query compilation per call; on the till's hot path one raw statement per table is the budget.
 * Rows are arrays in column order.
 */
export async function bulkInsert(db: RawSql, table: string, columns: BulkColumn[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const select = columns
    .map((c, i) => {
      const cast = c.cast ?? (c.type === "jsonb" ? "jsonb" : undefined);
      return cast ? `x.c${i}::${cast}` : `x.c${i}`;
    })
    .join(", ");
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type === "jsonb" ? "text" : c.type}[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const params = columns.map((c, i) =>
    rows.map((row) => {
      const v = row[i];
      if (v === undefined) return null;
      if (c.type === "jsonb") return v === null ? null : JSON.stringify(v);
      if (v instanceof Date) return v.toISOString();
      return v;
    }),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")}) SELECT ${select} FROM unnest(${unnest}) AS x(${aliases})`,
    ...params,
  );
}

export const newId = (): string => randomUUID();
