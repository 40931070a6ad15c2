/**
 * The workbook's tables (DESIGN.md §2). Columns are found by header name, case- and
 * space-insensitive, never by position. Input columns belong to the user; the add-in writes
 * only its computed columns, its own sheets and appended History/Updates rows.
 */

export type TableName = "Settings" | "Members" | "RSP" | "Plan" | "WorkPlan" | "Updates" | "History";
export type ColumnRole = "input" | "computed";
export type ColumnType = "text" | "number" | "integer" | "date" | "percent";

export interface ColumnDef {
  header: string;
  role: ColumnRole;
  type: ColumnType;
  /**
   * DESIGN.md §2 "Required columns": a missing one is an error that stops Recalculate and Status
   * sheet (src/workbook/structure.ts); a missing optional one falls back to its default.
   */
  required: boolean;
}

export interface TableDef {
  name: TableName;
  /** Sheet the add-in creates the table on during Set up. */
  sheet: string;
  columns: ColumnDef[];
}

const input = (header: string, type: ColumnType = "text", required = true): ColumnDef => ({
  header,
  role: "input",
  type,
  required,
});
const computed = (header: string, type: ColumnType = "text"): ColumnDef => ({
  header,
  role: "computed",
  type,
  required: false,
});

export const TABLES: Record<TableName, TableDef> = {
  Settings: { name: "Settings", sheet: "Settings", columns: [input("Key"), input("Value")] },
  Members: {
    name: "Members",
    sheet: "Members",
    columns: [input("Code"), input("Name", "text", false), input("Subregion", "text", false)],
  },
  RSP: {
    name: "RSP",
    sheet: "RSP",
    columns: [
      input("Objective", "text", false),
      input("Milestone", "integer", false),
      input("Description", "text", false),
      computed("Actions"),
      computed("KPIs", "integer"),
      computed("Progress", "percent"),
      computed("Status"),
    ],
  },
  Plan: {
    name: "Plan",
    sheet: "Plan",
    columns: [
      input("Pillar", "integer", false),
      input("Ref"),
      input("Part", "integer", false),
      input("Action", "text", false),
      input("RSP reference", "text", false),
      input("KPI", "text", false),
      input("Target"),
      input("Deadline", "date", false),
      input("Baseline", "number", false),
      input("Actual", "number"),
      input("Measure"),
      input("Weight", "number", false),
      input("Owner", "text", false),
      input("Comment", "text", false),
      computed("RSP keys"),
      computed("Target value", "number"),
      computed("Expected", "number"),
      computed("Progress", "percent"),
      computed("Status"),
      computed("Last update", "date"),
      computed("Note"),
    ],
  },
  WorkPlan: {
    name: "WorkPlan",
    sheet: "WorkPlan",
    columns: [
      input("ID"),
      input("Fiscal year", "text", false),
      input("Activity", "text", false),
      input("Refs"),
      input("Members", "text", false),
      input("Type", "text", false),
      input("Planned", "date", false),
      input("Status"),
      input("Held on", "date"),
      input("Participants", "integer", false),
      input("Women", "integer", false),
      input("Score", "number", false),
      computed("Ref check"),
    ],
  },
  Updates: {
    name: "Updates",
    sheet: "Updates",
    columns: [
      input("Date", "date"),
      input("Ref"),
      input("Part", "integer", false),
      input("Value", "number"),
      input("Member", "text", false),
      input("Evidence", "text", false),
      input("By", "text", false),
    ],
  },
  History: {
    name: "History",
    // Excel reserves the sheet name "History" (it refuses to create it), so the table's sheet differs.
    sheet: "KPI History",
    columns: [
      computed("Generated at", "date"),
      computed("As of", "date"),
      computed("Ref"),
      computed("Part", "integer"),
      computed("Actual", "number"),
      computed("Expected", "number"),
      computed("Progress", "percent"),
      computed("Status"),
    ],
  },
};

export const TABLE_NAMES: readonly TableName[] = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"];

export const MEASURES = [
  "manual",
  "updates:latest",
  "updates:sum",
  "updates:members",
  "activities",
  "activities:women-share",
  "activities:score",
] as const;
export type Measure = (typeof MEASURES)[number];

export const WORKPLAN_STATUSES = ["Planned", "Held", "Postponed", "Cancelled"] as const;

/** Excel number formats the add-in applies to its typed columns. */
export const NUMBER_FORMATS: Record<ColumnType, string> = {
  text: "@",
  number: "General",
  integer: "0",
  date: "yyyy-mm-dd",
  percent: "0%",
};

/** "RSP  reference" and "rsp reference" are the same header. */
export function normalizeHeader(header: string): string {
  return header.replace(/\s+/g, "").toLowerCase();
}

/** Index of a header in a table's header row, or -1. */
export function findColumn(headers: readonly string[], header: string): number {
  const wanted = normalizeHeader(header);
  return headers.findIndex((h) => normalizeHeader(String(h ?? "")) === wanted);
}

export function columnDef(table: TableName, header: string): ColumnDef | undefined {
  const wanted = normalizeHeader(header);
  return TABLES[table].columns.find((c) => normalizeHeader(c.header) === wanted);
}

export function computedColumns(table: TableName): ColumnDef[] {
  return TABLES[table].columns.filter((c) => c.role === "computed");
}
