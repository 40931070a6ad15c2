/**
 * User columns of Plan made by an import or carried over by a rollover: columns the tool does
 * not own, added after the schema's columns with their own header. A header that names one of
 * the table's own columns ("Status", "Note") gets " (imported)" so it never overwrites one.
 */
import type { CellValue, TableSpec } from "./gateway";
import { NUMBER_FORMATS, findColumn } from "./schema";

/** Original header → the header it gets in a table whose headers are `taken`. */
export function userColumnHeaders(headers: readonly string[], taken: readonly string[]): Map<string, string> {
  const used = [...taken];
  const names = new Map<string, string>();
  for (const header of headers) {
    let name = header;
    for (let n = 1; findColumn(used, name) >= 0; n += 1) name = n === 1 ? `${header} (imported)` : `${header} (imported ${n})`;
    used.push(name);
    names.set(header, name);
  }
  return names;
}

/** `spec` with extra columns after its own, filled per row from `values` (keys = final headers). */
export function withUserColumns(spec: TableSpec, headers: readonly string[], values: ReadonlyArray<Record<string, CellValue>>): TableSpec {
  if (headers.length === 0) return spec;
  return {
    ...spec,
    headers: [...spec.headers, ...headers],
    rows: spec.rows.map((row, index) => [...row, ...headers.map((header) => values[index]?.[header] ?? null)]),
    numberFormats: { ...spec.numberFormats, ...Object.fromEntries(headers.map((header) => [header, NUMBER_FORMATS.text])) },
    columnWidths: { ...spec.columnWidths, ...Object.fromEntries(headers.map((header) => [header, 24])) },
  };
}
