/**
 * Import (DESIGN.md §5): plan text pasted from Word, PDF, Excel or a CSV file becomes Plan rows,
 * and the plan's own name, period and pillar titles become its Settings, so no other plan's
 * Settings are left behind. Into an open workbook, rows are appended after the existing ones
 * (a row whose Ref and Part are already in Plan is skipped, never overwritten) and Settings
 * cells are set one by one, never over a formula. One read, one write.
 */
import type { CellValue, CellWrite, TableSpec, WorkbookGateway } from "./gateway";
import { WorkbookError } from "./gateway";
import type { ImportReport } from "./addinApi";
import type { MemberRecord, PlanBundle, PlanRecord, RspRecord } from "./records";
import { TableView } from "./tableView";
import { readPlanRows, refKey } from "./rows";
import { parsePlanText, type Found, type PlanTextImport } from "../core/importer";
import { serialToIso } from "../core/dates";
import { RUN_SET_UP } from "./messages";
import { SETTING_KEYS } from "./settings";
import { normalizeHeader, TABLES } from "./schema";
import { newPlanBundle } from "./newPlan";
import { bundleToTableSpecs } from "./setup";
import { userColumnHeaders, withUserColumns } from "./planUserColumns";

/** What the user gave instead of (or on top of) the text: the command line's --name, the pane's fields. */
export interface ImportChoices {
  name?: Found<string>;
  start?: Found<number>;
  end?: Found<number>;
}

/** One Setting the import sets, and where its value came from. */
export interface SettingChange {
  key: string;
  value: string | number;
  from: string;
}

export interface PlanImportReport extends ImportReport {
  /** Settings set (or, for a formula cell, left) and from what. */
  settings: SettingChange[];
  /** Settings kept as they were because their cell holds a formula. */
  keptFormulas: string[];
  /** Headers of the text's columns the importer did not know: user columns of Plan. */
  userColumns: string[];
}

export function planCells(record: PlanRecord): Record<string, CellValue> {
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

/** The Settings the import sets: name, start, end from the user's choices or the text; pillar titles from its headings. */
export function importedSettings(parsed: PlanTextImport, choices: ImportChoices = {}): SettingChange[] {
  const changes: SettingChange[] = [];
  const name = choices.name ?? parsed.plan.name;
  if (name) changes.push({ key: SETTING_KEYS.planName, value: name.value, from: name.source });
  for (const [key, found] of [
    [SETTING_KEYS.planStart, choices.start ?? parsed.plan.start],
    [SETTING_KEYS.planEnd, choices.end ?? parsed.plan.end],
  ] as const) {
    if (found) changes.push({ key, value: found.value, from: found.source });
  }
  for (const [pillar, title] of Object.entries(parsed.pillars)) {
    changes.push({ key: `Pillar ${pillar}`, value: title, from: `the heading of pillar ${pillar}` });
  }
  return changes;
}

/** "Plan start = 2024-07-01 (from line 2 (…))". */
export function describeSetting(change: SettingChange): string {
  const isDate = change.key === SETTING_KEYS.planStart || change.key === SETTING_KEYS.planEnd;
  const value = isDate && typeof change.value === "number" ? serialToIso(change.value) : `"${change.value}"`;
  return `${change.key} = ${value} (from ${change.from})`;
}

export interface NewImportOptions extends ImportChoices {
  /** Month the fiscal year starts (1-12), July when not given. */
  fiscalYearStartMonth?: number;
  /** Members and RSP kept in the new workbook (another plan's only when the user asks). */
  members?: readonly MemberRecord[];
  rsp?: readonly RspRecord[];
}

/** The tables of a new workbook holding the imported plan: its Settings, its rows, its user columns. */
export function importedPlanWorkbook(
  parsed: PlanTextImport,
  options: NewImportOptions
): { specs: TableSpec[]; bundle: PlanBundle; settings: SettingChange[]; missing: string[] } {
  const settings = importedSettings(parsed, options);
  if (options.fiscalYearStartMonth !== undefined) {
    settings.push({ key: SETTING_KEYS.fiscalYearStarts, value: options.fiscalYearStartMonth, from: "--fiscal-year-starts" });
  }
  const valueOf = (key: string) => settings.find((change) => change.key === key)?.value;
  const start = valueOf(SETTING_KEYS.planStart);
  const end = valueOf(SETTING_KEYS.planEnd);
  const missing = [
    ...(typeof start === "number" ? [] : [SETTING_KEYS.planStart]),
    ...(typeof end === "number" ? [] : [SETTING_KEYS.planEnd]),
  ];
  const pillarNumbers = Object.keys(parsed.pillars).map(Number);
  const pillars = Array.from({ length: Math.max(0, ...pillarNumbers) }, (_, i) => parsed.pillars[i + 1] ?? `Pillar ${i + 1}`);
  const bundle = newPlanBundle({
    name: String(valueOf(SETTING_KEYS.planName) ?? "Action plan"),
    start: typeof start === "number" ? start : 0,
    end: typeof end === "number" ? end : 0,
    pillars,
    members: options.members,
    rsp: options.rsp,
    fiscalYearStartMonth: options.fiscalYearStartMonth,
  });
  bundle.plan = parsed.rows;
  const specs = bundleToTableSpecs(bundle);
  const planIndex = specs.findIndex((spec) => spec.name === "Plan");
  const names = userColumnHeaders(parsed.userColumns, specs[planIndex].headers);
  const values = parsed.userCells.map((cells) => Object.fromEntries(Object.entries(cells).map(([h, v]) => [names.get(h) ?? h, v])));
  specs[planIndex] = withUserColumns(specs[planIndex], [...names.values()], values);
  return { specs, bundle, settings, missing };
}

/** Settings cell writes and appended rows for `changes`, never over a formula cell. */
function settingWrites(table: TableView | null, changes: readonly SettingChange[]): { cells: CellWrite[]; appends: Array<Record<string, CellValue>>; kept: string[] } {
  const cells: CellWrite[] = [];
  const appends: Array<Record<string, CellValue>> = [];
  const kept: string[] = [];
  if (!table || !table.has("Key") || !table.has("Value")) return { cells, appends, kept };
  const rows = new Map<string, number>();
  for (let row = 0; row < table.rowCount; row += 1) rows.set(normalizeHeader(table.text(row, "Key")), row);
  const valueColumn = table.column("Value");
  const isDate = (key: string) => key === SETTING_KEYS.planStart || key === SETTING_KEYS.planEnd;
  for (const change of changes) {
    const row = rows.get(normalizeHeader(change.key));
    const numberFormat = isDate(change.key) ? "yyyy-mm-dd" : undefined;
    if (row === undefined) {
      appends.push({ [table.headerAsWritten("Key")]: change.key, [table.headerAsWritten("Value")]: change.value });
    } else if (table.data.formulas?.[row]?.[valueColumn]) {
      kept.push(change.key);
    } else if (table.raw(row, "Value") !== change.value) {
      cells.push({ table: table.name, column: table.headerAsWritten("Value"), row, value: change.value, ...(numberFormat ? { numberFormat } : {}) });
    }
  }
  return { cells, appends, kept };
}

export async function importPlanIntoWorkbook(gateway: WorkbookGateway, text: string, choices: ImportChoices = {}): Promise<PlanImportReport> {
  const parsed = parsePlanText(text);
  const { rows, unplaced } = parsed;
  const snapshot = await gateway.read(["Plan", "Settings"], { formulasOf: ["Settings"] });
  const table = snapshot.tables.Plan;
  if (!table) {
    throw new WorkbookError(
      `Import needs a table named "Plan", and this workbook has none. ${RUN_SET_UP} first, or give your plan table that name (Table Design > Table Name). Nothing was changed.`,
      "Plan"
    );
  }
  const view = new TableView(table, "Plan");
  const taken = new Set(readPlanRows(view).rows.map((row) => `${row.ref}#${row.part}`));
  const fresh: Array<{ record: PlanRecord; user: Record<string, string> }> = [];
  const skipped: string[] = [];
  rows.forEach((record, index) => {
    const key = `${refKey(record.ref)}#${record.part}`;
    if (taken.has(key)) {
      skipped.push(`${record.ref} Part ${record.part}`);
      return;
    }
    taken.add(key);
    fresh.push({ record, user: parsed.userCells[index] ?? {} });
  });

  // A user column the Plan table has already gets its cells; one it lacks goes into Comment
  // ("Header: value"), since an import into an open workbook adds no columns to the user's table.
  const ownHeaders = new Set(TABLES.Plan.columns.map((column) => normalizeHeader(column.header)));
  const inComment = parsed.userColumns.filter((header) => !view.has(header) || ownHeaders.has(normalizeHeader(header)));
  const appendRows = fresh.map(({ record, user }) => {
    const cells: Record<string, CellValue> = {};
    const extra = inComment.filter((header) => user[header]).map((header) => `${header}: ${user[header]}`);
    const comment = [record.comment, ...extra].filter((part) => part !== "").join("; ");
    for (const [header, value] of Object.entries(planCells({ ...record, comment }))) {
      if (view.has(header)) cells[view.headerAsWritten(header)] = value;
    }
    for (const header of parsed.userColumns) {
      if (!inComment.includes(header) && user[header]) cells[view.headerAsWritten(header)] = user[header];
    }
    return cells;
  });

  const settings = rows.length > 0 ? importedSettings(parsed, choices) : [];
  const settingsTable = snapshot.tables.Settings ? new TableView(snapshot.tables.Settings, "Settings") : null;
  const writes = settingWrites(settingsTable, settings);
  const applied = settings.filter((change) => !writes.kept.includes(change.key));
  const appends = [
    ...(appendRows.length > 0 ? [{ table: view.name, rows: appendRows }] : []),
    ...(writes.appends.length > 0 && settingsTable ? [{ table: settingsTable.name, rows: writes.appends }] : []),
  ];
  if (appends.length > 0 || writes.cells.length > 0) {
    await gateway.write({ ...(appends.length > 0 ? { appends } : {}), ...(writes.cells.length > 0 ? { cells: writes.cells } : {}) });
  }

  const parts = [
    rows.length === 0 ? "No plan rows were found in the pasted text." : `Imported ${plural(fresh.length, "row")} into Plan.`,
  ];
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 10).join(", ") + (skipped.length > 10 ? ", …" : "");
    parts.push(`Skipped ${plural(skipped.length, "row")} already in Plan (${shown}).`);
  }
  if (settingsTable && applied.length > 0) parts.push(`Settings: ${applied.map(describeSetting).join("; ")}.`);
  if (writes.kept.length > 0) parts.push(`Kept ${writes.kept.join(", ")} in Settings: ${writes.kept.length > 1 ? "they hold formulas" : "it holds a formula"}.`);
  if (parsed.userColumns.length > 0) {
    const where = inComment.length > 0 ? `; ${inComment.join(", ")} went into Comment (add ${inComment.length > 1 ? "those columns" : "that column"} to Plan to keep ${inComment.length > 1 ? "them" : "it"} apart)` : "";
    parts.push(`Columns kept as user columns: ${parsed.userColumns.join(", ")}${where}.`);
  }
  if (unplaced.length > 0) parts.push(`${plural(unplaced.length, "line")} could not be placed; see the list below.`);
  return {
    rowsImported: fresh.length,
    unplaced,
    message: parts.join(" "),
    settings: settingsTable ? applied : [],
    keptFormulas: writes.kept,
    userColumns: parsed.userColumns,
  };
}
