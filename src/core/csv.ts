/**
 * A small RFC 4180 reader: fields separated by a delimiter (comma, or tab for text copied from
 * Excel), a field in double quotes may hold delimiters, line breaks and doubled quotes ("").
 * Each record keeps the line it starts on, so messages can name it. Pure: text in, rows out.
 */

export interface CsvRecord {
  /** Line (from 1) the record starts on. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message);
    this.name = "CsvError";
  }
}

/** Every record of `text`; blank lines are skipped. Throws CsvError for a quote left open. */
export function parseCsv(text: string, delimiter = ","): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.replace(/^\uFEFF/, "");
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0].trim() === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStart = true;
  };
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        inQuotes = false;
      } else {
        if (ch === "\n" || (ch === "\r" && source[i + 1] !== "\n")) line += 1;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      quoteLine = line;
      fieldStart = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
      fieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  if (inQuotes) throw new CsvError(`line ${quoteLine}: a quoted field is never closed (a " is missing)`, quoteLine);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

export interface CsvColumn<K extends string> {
  key: K;
  /** Header texts that name the column, lower case ("code", "member code"). */
  names: readonly string[];
  required: boolean;
}

export interface CsvTable<K extends string> {
  rows: Array<{ line: number; values: Record<K, string> }>;
}

const headerKey = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The rows of a CSV file with a header row, by column key. Columns are found by header text
 * in any order; a missing required column is an error naming the headers found.
 */
export function readCsvTable<K extends string>(text: string, columns: readonly CsvColumn<K>[], what: string): CsvTable<K> {
  const records = parseCsv(text, text.includes("\t") && !text.includes(",") ? "\t" : ",");
  if (records.length === 0) throw new CsvError(`${what} is empty; expected a header row (${columns.map((c) => c.names[0]).join(", ")})`, 1);
  const [header, ...body] = records;
  const headers = header.fields.map(headerKey);
  const index = new Map<K, number>();
  for (const column of columns) {
    const at = headers.findIndex((h) => column.names.includes(h));
    if (at >= 0) index.set(column.key, at);
    else if (column.required) {
      throw new CsvError(
        `${what} line ${header.line}: no "${column.names[0]}" column in the header row (found: ${header.fields.map((f) => f.trim()).join(", ")})`,
        header.line
      );
    }
  }
  return {
    rows: body.map((record) => {
      const values = {} as Record<K, string>;
      for (const column of columns) {
        const at = index.get(column.key);
        values[column.key] = at === undefined ? "" : (record.fields[at] ?? "").trim();
      }
      return { line: record.line, values };
    }),
  };
}
