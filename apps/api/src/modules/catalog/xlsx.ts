import ExcelJS from "exceljs";

/** The first worksheet of an XLSX workbook as rows of cell text; index i is spreadsheet row i + 1 (blank rows kept). */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (records.length < rowNumber - 1) records.push([]);
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    records[rowNumber - 1] = Array.from({ length: values.length }, (_, i) => cellText(values[i]));
  });
  return records;
}

/** What a person sees in a cell, as text: numbers in their shortest exact form (19.99, 6901234567892), formulas by result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
  return "";
}

function numberText(n: number): string {
  const text = String(n);
  // Exponent form only for very large or small numbers: write them out in full instead.
  return /e/i.test(text) ? n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

/**
 * A one-sheet workbook: a bold, frozen header row; every cell text (so Excel keeps leading zeros and long barcodes as
 * typed) except the numeric columns, written as numbers shown with two decimals.
 */
export async function writeXlsx(
  records: readonly (readonly string[])[],
  opts: { sheetName: string; numericColumns: ReadonlySet<number> },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(opts.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = records[0] ?? [];
  sheet.columns = header.map((h, i) => ({
    width: Math.min(40, Math.max(10, h.length + 4)),
    style: { numFmt: opts.numericColumns.has(i) ? "0.00" : "@" },
  }));
  records.forEach((record, r) => {
    const row = sheet.addRow(record.map((text, i) => (r > 0 && opts.numericColumns.has(i) && text !== "" ? Number(text) : text)));
    if (r === 0) row.font = { bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
