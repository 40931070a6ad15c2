/**
 * Small hand-built workbooks for the operation tests: columns in a user's own order, extra
 * user columns, headers in odd case and spacing, as a real workbook drifts to.
 */
import type { CellValue, TableData, WorkbookSnapshot } from "../../src/workbook/gateway";
import type { MemoryTable } from "../support/memoryGateway";
import { isoToSerial } from "../../src/core/dates";

export function d(iso: string): number {
  const serial = isoToSerial(iso);
  if (serial === null) throw new Error(`bad date ${iso}`);
  return serial;
}

/** A table from rows given as header → value records (missing keys stay empty). */
export function memoryTable(name: string, headers: string[], records: Array<Record<string, CellValue>>): MemoryTable {
  // A copy of the headers: tests drop and rename columns, and PLAN_HEADERS is shared.
  return { name, sheet: name, headers: [...headers], rows: records.map((record) => headers.map((h) => (h in record ? record[h] : null))) };
}

export function tableData(table: MemoryTable, origin = { row: 0, col: 0 }): TableData {
  return { name: table.name, sheet: table.sheet, headers: [...table.headers], rows: table.rows.map((r) => [...r]), origin };
}

export function snapshotOf(tables: MemoryTable[], names = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates"]): WorkbookSnapshot {
  const byName = new Map(tables.map((t) => [t.name, t]));
  return {
    tables: Object.fromEntries(names.map((name) => [name, byName.has(name) ? tableData(byName.get(name) as MemoryTable) : null])),
    sheetNames: tables.map((t) => t.sheet),
  };
}

export const PLAN_HEADERS = [
  "Ref",
  "part",
  "Pillar",
  "My notes",
  "rsp  REFERENCE",
  "Action",
  "KPI",
  "TARGET",
  "Measure",
  "Actual",
  "Baseline",
  "Deadline",
  "Weight",
  "Owner",
  "Comment",
  "Status",
  "Progress",
  "Expected",
  "Target value",
  "RSP keys",
  "Last update",
  "Note",
];

/** The as-of date halfway through the default plan (2022-07-01 … 2024-06-30): e = 0.5. */
export const HALFWAY = d("2023-07-01");

export function sampleTables(): MemoryTable[] {
  const settings = memoryTable("Settings", ["Value", "Key", "Remark"], [
    { Key: "Plan name", Value: "Test plan" },
    { Key: "Pillar 1", Value: "Conventions" },
    { Key: "Pillar 2", Value: "Partners" },
    { Key: "Plan start", Value: d("2022-07-01") },
    { Key: "Plan end", Value: d("2024-06-30") },
    { Key: "As of", Value: null },
    { Key: "On track at", Value: "100%" },
    { Key: "At risk at", Value: "80%" },
    { Key: "Stale after days", Value: 90, Remark: "keep" },
  ]);
  const members = memoryTable("Members", ["Code", "Name", "Subregion"], [
    { Code: "ID", Name: "Indonesia", Subregion: "SEA" },
    { Code: "MN", Name: "Mongolia", Subregion: "ECWA" },
    { Code: "FJ", Name: "Fiji", Subregion: "PI" },
  ]);
  const rsp = memoryTable("RSP", ["Objective", "Milestone", "Description", "Actions", "KPIs", "Progress", "Status"], [
    { Objective: "1.1.1", Milestone: 1, Description: "Risk management" },
    { Objective: "1.1.1", Milestone: 2, Description: "Risk database" },
    { Objective: "1.1.1", Milestone: 3, Description: "Valuation database" },
    { Objective: "2.1.1", Milestone: 1, Description: "Partners" },
  ]);
  const plan = memoryTable("Plan", PLAN_HEADERS, [
    { Ref: "1-a", part: 1, Pillar: 1, "My notes": "mine", "rsp  REFERENCE": "1.1.1 – 1st milestone", TARGET: "At least 10 Members", Measure: "manual", Actual: 5 },
    { Ref: "1-b", part: 1, Pillar: 1, "rsp  REFERENCE": "1.1.1 – 2nd milestone", TARGET: "At least twice per year", Measure: "activities" },
    { Ref: "1-c", part: 1, Pillar: 1, "rsp  REFERENCE": "1.1.1 – 1st, 2nd milestones", TARGET: "(1) At least 27 Members(2) 6 new contracting parties", Measure: "updates:latest" },
    { Ref: "1-c", part: 2, Pillar: 1, "rsp  REFERENCE": "1.1.1 – 1st, 2nd milestones", TARGET: "(1) At least 27 Members(2) 6 new contracting parties", Measure: "updates:sum" },
    { Ref: "1-d", part: 1, Pillar: 1, "rsp  REFERENCE": "1.1.1 – 1st milestone", TARGET: "At least 4 Members", Measure: "updates:members" },
    { Ref: "2-a", part: 1, Pillar: 2, "rsp  REFERENCE": "ROCB A/P specific action (not mentioned in the RSP)", TARGET: "Meet at least 75% of the ROCB requests", Measure: "activities:women-share", Comment: "slow" },
    { Ref: "2-b", part: 1, Pillar: 2, "rsp  REFERENCE": "2.1.1 – 1st milestone", TARGET: "At least average of 4 out of 5", Measure: "activities:score", Weight: 2 },
    { Ref: "2-c", part: 1, Pillar: 2, "rsp  REFERENCE": "2.1.1 – 1st milestone", TARGET: "abc", Measure: "manual", Actual: 1 },
    {},
  ]);
  const workPlan = memoryTable(
    "WorkPlan",
    ["ID", "Fiscal year", "Activity", "Refs", "Members", "Type", "Planned", "Status", "Held on", "Participants", "Women", "Score", "Budget", "Ref check"],
    [
      { ID: "A1", Activity: "Workshop", Refs: "1-a, 1-b", Members: "ID, MN", Status: "Held", "Held on": d("2022-10-01"), Participants: 20, Women: 8, Score: 4, Budget: 1000 },
      { ID: "A2", Activity: "Workshop", Refs: "1-b", Members: "Fiji", Status: "Planned", "Held on": d("2023-03-01"), Participants: 10, Women: 6, Score: 5 },
      { ID: "A3", Activity: "Workshop", Refs: "1-b, 1-zz", Members: "Indonesia, Atlantis", Status: "Planned" },
      { ID: "A4", Activity: "Seminar", Refs: "2-a, 2-b", Members: "mongolia", Status: "held", "Held on": d("2023-02-01"), Participants: 10, Women: 5, Score: 5 },
      { ID: "A5", Activity: "Seminar", Refs: "2-a, 2-b", Status: "Held", "Held on": d("2023-05-01"), Participants: 30, Women: 6, Score: 3 },
    ]
  );
  const updates = memoryTable("Updates", ["Ref", "Date", "Value", "Part", "Member", "My notes"], [
    { Ref: "1-c", Date: d("2023-01-01"), Value: 10, Part: 1 },
    { Ref: "1-c", Date: d("2023-03-01"), Value: 12, Part: 1 },
    { Ref: "1-c", Date: d("2023-09-01"), Value: 20, Part: 1 },
    { Ref: "1-c", Date: d("2023-02-01"), Value: 1, Part: 2 },
    { Ref: "1-c", Date: d("2023-04-01"), Value: 2, Part: 2 },
    { Ref: "1-d", Date: d("2022-12-01"), Member: "ID" },
    { Ref: "1-d", Date: d("2023-01-10"), Member: "Indonesia" },
    { Ref: "1-d", Date: d("2023-01-15"), Member: "MN", "My notes": "call" },
  ]);
  return [settings, members, rsp, plan, workPlan, updates];
}

export function setCell(table: MemoryTable, row: number, header: string, value: CellValue): void {
  const index = table.headers.findIndex((h) => h.replace(/\s+/g, "").toLowerCase() === header.replace(/\s+/g, "").toLowerCase());
  if (index < 0) throw new Error(`no column ${header}`);
  while (table.rows.length <= row) table.rows.push(table.headers.map(() => null));
  table.rows[row][index] = value;
}

export function addRow(table: MemoryTable, record: Record<string, CellValue>): number {
  const row = table.rows.length;
  table.rows.push(table.headers.map(() => null));
  for (const [header, value] of Object.entries(record)) setCell(table, row, header, value);
  return row;
}

export function dropColumn(table: MemoryTable, header: string): void {
  const index = table.headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  table.headers.splice(index, 1);
  for (const row of table.rows) row.splice(index, 1);
}

export function byName(tables: MemoryTable[], name: string): MemoryTable {
  const found = tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}
