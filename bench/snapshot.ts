import type { TableSpec, WorkbookSnapshot } from "../src/workbook/gateway";

/** A snapshot as a gateway would read it, from the tables Set up would create. */
export function snapshotFromSpecs(specs: readonly TableSpec[]): WorkbookSnapshot {
  const tables: WorkbookSnapshot["tables"] = {};
  for (const spec of specs) {
    tables[spec.name] = {
      name: spec.name,
      sheet: spec.sheet,
      headers: [...spec.headers],
      rows: spec.rows.map((row) => [...row]),
      origin: { row: 0, col: 0 },
    };
  }
  return { tables, sheetNames: specs.map((s) => s.sheet) };
}
