import { badInput } from "../../errors/api-errors.ts";
import { CatalogFileFormat } from "../catalog/catalog-file.types.ts";
import { CsvSyntaxError, decodeCsvBytes, parseCsv } from "../catalog/csv.ts";
import { readXlsx } from "../catalog/xlsx.ts";

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

/**
 * The bytes of an uploaded file sent as base64 (a `data:...;base64,` prefix is tolerated). The CSV and XLSX readers are
 * the catalogue import's (modules/catalog/csv.ts, xlsx.ts); the catalogue service keeps its own private copy of these
 * two small functions, which could move here or to a shared place.
 */
export function decodeFileBase64(text: string): Buffer {
  const body = text.replace(/^data:[^,]*;base64,/, "");
  if (!BASE64.test(body)) throw badInput("fileBase64 is not base64.", [{ field: "fileBase64", message: "not base64" }]);
  const bytes = Buffer.from(body, "base64");
  if (bytes.length === 0) throw badInput("The file is empty.", [{ field: "fileBase64", message: "empty file" }]);
  return bytes;
}

/** The file as rows of cell text (index i = spreadsheet row i + 1): CSV in UTF-8 or GBK, or the first XLSX worksheet. */
export async function readFileRecords(bytes: Buffer, format: CatalogFileFormat): Promise<string[][]> {
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
