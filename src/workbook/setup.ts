/**
 * Set up (DESIGN.md §5): insert the seven tables of §2, filled with a plan bundle (the SAP
 * 2022-2024 by default). Set up never overwrites: when the workbook already has any of the
 * tables, or a sheet with one of their names, it creates nothing and says what it found.
 */
import type { CellValue, TableSpec, WorkbookGateway } from "./gateway";
import type { SetupReport } from "./addinApi";
import type { PlanBundle } from "./records";
import type { ColumnDef, TableName } from "./schema";
import { MEASURES, NUMBER_FORMATS, TABLES, TABLE_NAMES, WORKPLAN_STATUSES } from "./schema";
import { isoToSerial } from "../core/dates";
import { BUNDLED_PLAN } from "./bundled";
import { SETTING_KEYS } from "./settings";

type RowRecord = Record<string, CellValue>;

const DATE_SETTINGS = new Set<string>([SETTING_KEYS.planStart, SETTING_KEYS.planEnd, SETTING_KEYS.asOf]);

const WIDE_COLUMNS: Record<string, number> = {
  Action: 60,
  KPI: 40,
  Target: 30,
  "RSP reference": 30,
  Description: 60,
  Activity: 60,
  Comment: 30,
  Note: 40,
  Name: 24,
  Refs: 24,
  Members: 30,
};

function settingValue(key: string, value: string | number | null): CellValue {
  if (typeof value === "string" && DATE_SETTINGS.has(key)) return isoToSerial(value) ?? value;
  return value;
}

function bundleRecords(bundle: PlanBundle): Record<TableName, RowRecord[]> {
  return {
    Settings: bundle.settings.map((s) => ({ Key: s.key, Value: settingValue(s.key, s.value) })),
    Members: bundle.members.map((m) => ({ Code: m.code, Name: m.name, Subregion: m.subregion })),
    RSP: bundle.rsp.map((r) => ({ Objective: r.objective, Milestone: r.milestone, Description: r.description })),
    Plan: bundle.plan.map((p) => ({
      Pillar: p.pillar,
      Ref: p.ref,
      Part: p.part,
      Action: p.action,
      "RSP reference": p.rspReference,
      KPI: p.kpi,
      Target: p.target,
      Deadline: p.deadline,
      Baseline: p.baseline,
      Actual: p.actual,
      Measure: p.measure || "manual",
      Weight: p.weight,
      Owner: p.owner,
      Comment: p.comment,
    })),
    WorkPlan: bundle.workPlan.map((w) => ({
      ID: w.id,
      "Fiscal year": w.fiscalYear,
      Activity: w.activity,
      Refs: w.refs.join(", "),
      Members: w.members.join(", "),
      Type: w.type,
      Planned: w.planned,
      Status: w.status,
      "Held on": w.heldOn,
      Participants: w.participants,
      Women: w.women,
      Score: w.score,
    })),
    Updates: bundle.updates.map((u) => ({
      Date: u.date,
      Ref: u.ref,
      Part: u.part,
      Value: u.value,
      Member: u.member,
      Evidence: u.evidence,
      By: u.by,
    })),
    History: [],
  };
}

function numberFormat(table: TableName, column: ColumnDef): string {
  // Settings values mix text, numbers and dates: leave Excel's General format.
  if (table === "Settings" && column.header === "Value") return NUMBER_FORMATS.number;
  return NUMBER_FORMATS[column.type];
}

/** The seven tables of §2 in schema order, input and computed columns, computed cells empty. */
export function bundleToTableSpecs(bundle: PlanBundle): TableSpec[] {
  const records = bundleRecords(bundle);
  return TABLE_NAMES.map((name) => {
    const def = TABLES[name];
    const headers = def.columns.map((c) => c.header);
    const spec: TableSpec = {
      name,
      sheet: def.sheet,
      headers,
      rows: records[name].map((record) => headers.map((h) => (record[h] === undefined ? null : record[h]))),
      numberFormats: Object.fromEntries(def.columns.map((c) => [c.header, numberFormat(name, c)])),
      columnWidths: {
        ...Object.fromEntries(headers.filter((h) => WIDE_COLUMNS[h]).map((h) => [h, WIDE_COLUMNS[h]])),
        // Settings values hold the plan name and pillar titles; Updates values are numbers.
        ...(name === "Settings" ? { Value: 60 } : {}),
      },
    };
    if (name === "Settings") {
      spec.cellNumberFormats = records.Settings.flatMap((record, row) =>
        DATE_SETTINGS.has(String(record.Key)) ? [{ row, header: "Value", numberFormat: NUMBER_FORMATS.date }] : []
      );
    }
    if (name === "Plan") spec.validationLists = { Measure: MEASURES };
    if (name === "WorkPlan") spec.validationLists = { Status: WORKPLAN_STATUSES };
    if (name === "Plan" || name === "RSP") {
      spec.statusColumn = "Status";
      spec.dataBarColumn = "Progress";
    }
    return spec;
  });
}

function list(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export async function setUpWorkbook(gateway: WorkbookGateway, bundle: PlanBundle = BUNDLED_PLAN): Promise<SetupReport> {
  const snapshot = await gateway.read(TABLE_NAMES);
  const existing = TABLE_NAMES.filter((name) => snapshot.tables[name]);
  // History is written by the first status sheet, so it is not "missing" before that.
  const missing = TABLE_NAMES.filter((name) => name !== "History" && !snapshot.tables[name]);
  if (existing.length > 0) {
    const gap =
      missing.length > 0
        ? ` Missing: ${list(missing)}; add ${missing.length > 1 ? "them as Excel tables with those names" : "it as an Excel table with that name"}, or run Set up in a new workbook.`
        : "";
    return {
      created: [],
      existing,
      message: `This workbook already has a plan (tables ${list(existing)}), so Set up changed nothing: it never overwrites existing tables.${gap}`,
    };
  }
  const specs = bundleToTableSpecs(bundle);
  const sheetNames = new Set(snapshot.sheetNames.map((s) => s.toLowerCase()));
  const clashes = specs.filter((spec) => sheetNames.has(spec.sheet.toLowerCase())).map((spec) => spec.sheet);
  if (clashes.length > 0) {
    return {
      created: [],
      existing: [],
      message: `Set up changed nothing: the workbook already has ${clashes.length > 1 ? "sheets" : "a sheet"} named ${list(clashes.map((s) => `"${s}"`))}. Rename or delete ${clashes.length > 1 ? "them" : "it"}, then run Set up again.`,
    };
  }
  await gateway.createTables(specs);
  const counts = specs.filter((s) => s.rows.length > 0).map((s) => `${s.rows.length} ${s.name}`);
  return {
    created: specs.map((s) => s.name),
    existing: [],
    message: `Set up inserted ${specs.length} tables: ${list(counts)} rows, and an empty History. Run Recalculate to fill the computed columns.`,
  };
}
