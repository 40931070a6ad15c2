/**
 * The text's lines, with CSV and Excel's quoted tab-separated cells unfolded: a record whose
 * quoted cell holds line breaks becomes one line of tab-separated cells, numbered by the line
 * it starts on. Plain text (Word, PDF, Markdown) passes through line by line.
 */
import { CsvError, parseCsv } from "../csv";
import { tidy } from "./cells";
import { headerRoles } from "./columns";
import type { SourceLine } from "./types";

const joinRecord = (fields: readonly string[]): string => fields.map((field) => tidy(field)).join("\t");

function plainLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ line: index + 1, text: line }));
}

/** Records of the text from the header row on, as tab-joined lines; lines above it as they are. */
function unfold(text: string, delimiter: string, headerLine: number): SourceLine[] {
  const plain = plainLines(text);
  const above = plain.filter((line) => line.line < headerLine);
  const rest = plain.filter((line) => line.line >= headerLine).map((line) => line.text).join("\n");
  const records = parseCsv(rest, delimiter).map((record) => ({ line: record.line + headerLine - 1, text: joinRecord(record.fields) }));
  return [...above, ...records];
}

/** The first line that reads as a header row when split on `delimiter`, or null. */
function headerLineOf(text: string, delimiter: string): number | null {
  const lines = plainLines(text);
  for (const { line, text: raw } of lines) {
    if (!raw.includes(delimiter)) continue;
    try {
      const [record] = parseCsv(raw, delimiter);
      const cells = record ? record.fields.map(tidy) : [];
      // Header cells are short labels: a sentence with commas ("Action, KPI, Target and … below") is none.
      if (cells.every((cell) => cell.length <= 40) && headerRoles(cells)) return line;
    } catch {
      // An unclosed quote on one line is no header.
    }
  }
  return null;
}

export function sourceLines(text: string): { lines: SourceLine[]; format: "csv" | "tsv" | "text" } {
  const hasTabs = text.includes("\t");
  if (hasTabs && /(^|\t)"/m.test(text)) {
    const header = headerLineOf(text, "\t");
    if (header !== null) {
      try {
        return { lines: unfold(text, "\t", header), format: "tsv" };
      } catch (error) {
        if (!(error instanceof CsvError)) throw error;
      }
    }
  }
  if (!hasTabs && !text.includes("|")) {
    const header = headerLineOf(text, ",");
    if (header !== null) {
      try {
        return { lines: unfold(text, ",", header), format: "csv" };
      } catch (error) {
        if (!(error instanceof CsvError)) throw error;
      }
    }
  }
  return { lines: plainLines(text), format: hasTabs ? "tsv" : "text" };
}
