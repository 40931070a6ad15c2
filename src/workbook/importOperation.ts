/**
 * Import (DESIGN.md §5): plan text pasted from Word or PDF becomes Plan rows, appended after
 * the existing ones. A row whose Ref and Part are already in Plan is skipped, never
 * overwritten. One read, one write.
 */
import type { CellValue, WorkbookGateway } from "./gateway";
import { WorkbookError } from "./gateway";
import type { ImportReport } from "./addinApi";
import type { PlanRecord } from "./records";
import { TableView } from "./tableView";
import { readPlanRows, refKey } from "./rows";
import { parsePlanText } from "../core/importer";
import { RUN_SET_UP } from "./messages";

function planCells(record: PlanRecord): Record<string, CellValue> {
  const text = (value: string) => (value.trim() === "" ? null : value);
  return {
    Pillar: record.pillar,
    Ref: record.ref,
    Part: record.part,
    Action: text(record.action),
    "RSP reference": text(record.rspReference),
    KPI: text(record.kpi),
    Target: text(record.target),
    Deadline: record.deadline,
    Baseline: record.baseline,
    Actual: record.actual,
    Measure: text(record.measure) ?? "manual",
    Weight: record.weight,
    Owner: text(record.owner),
    Comment: text(record.comment),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export async function importPlanIntoWorkbook(gateway: WorkbookGateway, text: string): Promise<ImportReport> {
  const { rows, unplaced } = parsePlanText(text);
  const snapshot = await gateway.read(["Plan"]);
  const table = snapshot.tables.Plan;
  if (!table) {
    throw new WorkbookError(
      `Import needs a table named "Plan", and this workbook has none. ${RUN_SET_UP} first, or give your plan table that name (Table Design > Table Name). Nothing was changed.`,
      "Plan"
    );
  }
  const view = new TableView(table, "Plan");
  const taken = new Set(readPlanRows(view).rows.map((row) => `${row.ref}#${row.part}`));
  const fresh: PlanRecord[] = [];
  const skipped: string[] = [];
  for (const record of rows) {
    const key = `${refKey(record.ref)}#${record.part}`;
    if (taken.has(key)) {
      skipped.push(`${record.ref} Part ${record.part}`);
      continue;
    }
    taken.add(key);
    fresh.push(record);
  }

  if (fresh.length > 0) {
    const appendRows = fresh.map((record) => {
      const cells: Record<string, CellValue> = {};
      for (const [header, value] of Object.entries(planCells(record))) {
        if (view.has(header)) cells[view.headerAsWritten(header)] = value;
      }
      return cells;
    });
    await gateway.write({ appends: [{ table: view.name, rows: appendRows }] });
  }

  const parts = [
    rows.length === 0 ? "No plan rows were found in the pasted text." : `Imported ${plural(fresh.length, "row")} into Plan.`,
  ];
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 10).join(", ") + (skipped.length > 10 ? ", …" : "");
    parts.push(`Skipped ${plural(skipped.length, "row")} already in Plan (${shown}).`);
  }
  if (unplaced.length > 0) parts.push(`${plural(unplaced.length, "line")} could not be placed; see the list below.`);
  return { rowsImported: fresh.length, unplaced, message: parts.join(" ") };
}
