import { createHash } from "node:crypto";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * The two raw-SQL calls, named as on Prisma clients and transactions so helpers (bulkInsert, audit, outbox) accept
 * either. Results are row objects; use explicit casts (::int) so both drivers return the same types.
 */
export type RawSql = {
  $queryRawUnsafe<T = unknown>(sql: string, ...params: unknown[]): Promise<T>;
  $executeRawUnsafe(sql: string, ...params: unknown[]): Promise<number>;
};

/**
 * Raw SQL straight on the driver (node-postgres pool or PGlite), sharing Prisma's connections. Only for the till's hot
 * path, where Prisma's per-query overhead dominates (see docs/adr/0006-pos-sale-hot-path.md); everything else uses Prisma.
 */
export type SqlClient = RawSql & {
  transaction<T>(fn: (tx: RawSql) => Promise<T>): Promise<T>;
  /**
   * A query as a prepared statement: each connection parses and plans it once, then only executes it. For hot-path
   * statements with a FIXED SQL text (values always as parameters), where planning costs as much as running.
   */
  $queryPrepared<T = unknown>(sql: string, ...params: unknown[]): Promise<T>;
};

const statementNames = new Map<string, string>();

/** A stable statement name per SQL text (node-postgres keeps named statements per connection). */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `o2o_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
    if (statementNames.size < 1000) statementNames.set(sql, name);
  }
  return name;
}

function fromQuery(query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[]; count: number }>): RawSql {
  return {
    $queryRawUnsafe: async <T>(sql: string, ...params: unknown[]) => (await query(sql, params)).rows as T,
    $executeRawUnsafe: async (sql: string, ...params: unknown[]) => (await query(sql, params)).count,
  };
}

export function postgresSqlClient(pool: pg.Pool): SqlClient {
  const onPool = fromQuery(async (sql, params) => {
    const r = await pool.query(sql, params);
    return { rows: r.rows, count: r.rowCount ?? 0 };
  });
  return {
    ...onPool,
    async $queryPrepared<T>(sql: string, ...params: unknown[]) {
      return (await pool.query({ name: statementName(sql), text: sql, values: params })).rows as T;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(
          fromQuery(async (sql, params) => {
            const r = await client.query(sql, params);
            return { rows: r.rows, count: r.rowCount ?? 0 };
          }),
        );
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export function pgliteSqlClient(db: PGlite): SqlClient {
  const run = (q: PGlite | Transaction) =>
    fromQuery(async (sql, params) => {
      const r = await q.query(sql, params);
      return { rows: r.rows, count: r.affectedRows ?? 0 };
    });
  const direct = run(db);
  return {
    ...direct,
    // PGlite runs in this process: there is no round trip to save, and it caches plans itself.
    $queryPrepared: direct.$queryRawUnsafe,
    transaction: (fn) => db.transaction((tx) => fn(run(tx))),
  };
}
