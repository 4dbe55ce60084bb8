import { generateInStoreEan13 } from "@o2o/domain";
import type { RawSql } from "../../db/sql-client.ts";

/** Prefix 29 is kept for codes this system generates (the demo data uses 20 and 21). */
const GENERATED_PREFIX = "29";

/** `count` fresh in-store EAN-13 codes with valid check digits, numbered by a database sequence (unique everywhere). */
export async function nextInStoreBarcodes(db: RawSql, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const rows = await db.$queryRawUnsafe<{ n: string | number | bigint }[]>(
    `SELECT nextval('in_store_barcode_seq') AS n FROM generate_series(1, $1::int)`,
    count,
  );
  return rows.map((row) => {
    const result = generateInStoreEan13(GENERATED_PREFIX, Number(row.n));
    if (!result.ok) throw new Error(`in-store barcode sequence exhausted: ${result.message}`);
    return result.code;
  });
}
