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

const cellCount = (text: string): number => text.split("\t").length;

/**
 * Word copies a cell holding several paragraphs as several lines, cutting the row in two:
 * "a)\tInstall CCTV at the" then "container terminal\tNumber of gates\t…". Under a tab header of
 * n cells, lines whose cells add up to exactly n (the cut cell counted once) are one row again.
 */
export function joinCutRows(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let width = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const { line, text } = lines[i];
    if (!text.includes("\t")) {
      out.push(lines[i]);
      continue;
    }
    const cells = text.split("\t").map(tidy);
    if (headerRoles(cells)) width = cells.length;
    let joined = text;
    let count = cellCount(text);
    let j = i;
    while (width > 0 && count < width && count >= 2 && j + 1 < lines.length) {
      const next = lines[j + 1].text;
      if (!next.includes("\t") || next.trim() === "" || count + cellCount(next) - 1 > width) break;
      joined = `${joined} ${next}`;
      count += cellCount(next) - 1;
      j += 1;
    }
    if (j > i && count === width) {
      out.push({ line, text: joined });
      i = j;
    } else out.push(lines[i]);
  }
  return out;
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
  return hasTabs ? { lines: joinCutRows(plainLines(text)), format: "tsv" } : { lines: plainLines(text), format: "text" };
}
