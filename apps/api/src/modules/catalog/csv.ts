/**
 * RFC 4180 CSV: fields separated by commas (or the separator the header line uses: `;` or tab, as some locales' Excel
 * writes), records by CRLF, LF or CR; a field in double quotes may hold separators, line breaks and doubled quotes.
 * A UTF-8 byte order mark is tolerated on reading and written for Excel, which otherwise reads UTF-8 as the local code
 * page and garbles Chinese.
 */

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based record number, as a spreadsheet numbers rows. */
    readonly row: number,
  ) {
    super(message);
  }
}

const BOM = "\uFEFF";
const SEPARATORS = [",", ";", "\t"] as const;

/** The separator of the first record: the one of `,` `;` tab that occurs most often outside quotes (ties: comma). */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/**
 * Parses CSV text into records of fields. A quote inside an unquoted field is kept as text (as Excel does); a quoted
 * field that never closes, or text after a closing quote, is a CsvSyntaxError naming the record.
 */
export function parseCsv(input: string, separator = detectSeparator(input.startsWith(BOM) ? input.slice(1) : input)): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < n) {
    const c = text[i] as string;
    if (c === '"' && field === "") {
      // A quoted field: read to the closing quote; "" is one quote.
      const startRow = records.length + 1;
      i++;
      let value = "";
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new CsvSyntaxError(`Row ${startRow}: a quoted field is never closed.`, startRow);
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = value;
      const next = text[i];
      if (next !== undefined && next !== separator && next !== "\r" && next !== "\n") {
        throw new CsvSyntaxError(`Row ${startRow}: unexpected text after a closing quote.`, startRow);
      }
      if (next === undefined) break;
      continue;
    }
    if (c === separator) {
      endField();
      i++;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      // Plain run up to the next separator or line break.
      let j = i;
      while (j < n) {
        const d = text[j];
        if (d === separator || d === "\r" || d === "\n") break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  // The last record, unless the text ended with a line break (or was empty).
  if (field !== "" || record.length > 0 || (n > 0 && text[n - 1] === '"')) endRecord();
  return records;
}

const NEEDS_QUOTES = /[",\r\n;\t]|^\s|\s$/;

/** One field, quoted when it holds a separator, quote, line break or leading/trailing space. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with CRLF line ends, optionally led by a UTF-8 BOM (the default: Excel needs it). */
export function writeCsv(records: readonly (readonly string[])[], opts: { bom?: boolean } = {}): string {
  const body = records.map((r) => r.map(csvField).join(",")).join("\r\n");
  return `${opts.bom === false ? "" : BOM}${body}\r\n`;
}

/**
 * Text of a CSV file's bytes: UTF-8 (with or without BOM); when the bytes are not valid UTF-8, GB18030 (a superset of
 * GBK), which is what Excel on a Chinese Windows saves as "CSV (逗号分隔)".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
