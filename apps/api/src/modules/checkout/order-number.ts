import type { RawSql } from "../../db/sql-client.ts";

export type OrderNumberPrefix = "P" | "W" | "K" | "R";

/**
 * SQL for the next order number: prefix + China-local date (YYMMDD) + 7 digits of a database sequence. Unique across
 * API instances and concurrent tills; readable on a receipt ("P2611240000123"). `$prefixParam` is the placeholder
 * holding the prefix.
 */
export const nextOrderNumberSql = (prefixParam: string) =>
  `${prefixParam}::text || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYMMDD') || lpad((nextval('order_number_seq') % 10000000)::text, 7, '0')`;

/** The next order number, for writers that need it before inserting. */
export async function nextOrderNumber(db: RawSql, prefix: OrderNumberPrefix): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ number: string }[]>(`SELECT ${nextOrderNumberSql("$1")} AS number`, prefix);
  const number = rows[0]?.number;
  if (!number) throw new Error("order number sequence returned nothing");
  return number;
}
