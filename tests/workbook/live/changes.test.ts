import { parseAddress, planChanges, rowRuns, type TableChange } from "../../../src/workbook/live/changes";
import type { TableData, WorkbookSnapshot } from "../../../src/workbook/gateway";
import { TABLES } from "../../../src/workbook/schema";

const PLAN_HEADERS = TABLES.Plan.columns.map((c) => c.header);
const RSP_HEADERS = TABLES.RSP.columns.map((c) => c.header);

function data(name: string, headers: string[], rows: number, origin = { row: 2, col: 1 }): TableData {
  return { name, sheet: name, headers, rows: Array.from({ length: rows }, () => headers.map(() => null)), origin };
}

const snapshot: WorkbookSnapshot = {
  tables: {
    Settings: data("Settings", ["Key", "Value"], 9, { row: 0, col: 0 }),
    RSP: data("RSP", RSP_HEADERS, 10, { row: 0, col: 0 }),
    Plan: data("Plan", PLAN_HEADERS, 200),
    WorkPlan: null,
    Updates: null,
  },
  sheetNames: ["Settings", "RSP", "Plan"],
};

/** Plan's header row is sheet row 3 (zero-based 2) from column B: body row r is sheet row r + 4. */
const col = (header: string) => String.fromCharCode(66 + PLAN_HEADERS.indexOf(header));
const edit = (address: string, more: Partial<TableChange> = {}): TableChange => ({ table: "Plan", address, changeType: "RangeEdited", source: "Local", ...more });

describe("planChanges", () => {
  test("an edited cell or block names the body rows to read again", () => {
    expect(planChanges([edit(`${col("Actual")}4`)], snapshot)).toEqual({ kind: "rows", rows: new Map([["Plan", [0]]]) });
    expect(planChanges([edit(`${col("Target")}10:${col("Actual")}12`), edit(`${col("Actual")}8`)], snapshot)).toEqual({
      kind: "rows",
      rows: new Map([["Plan", [4, 6, 7, 8]]]),
    });
    // Sheet-qualified addresses and absolute references read the same.
    expect(planChanges([edit(`Plan!$${col("Actual")}$4`)], snapshot)).toEqual({ kind: "rows", rows: new Map([["Plan", [0]]]) });
  });

  test.each([
    ["a co-author's edit", edit(`${col("Actual")}4`, { source: "Remote" }), "a co-author changed Plan"],
    ["rows inserted", edit(`A5:Z5`, { changeType: "RowInserted" }), "Plan: RowInserted"],
    ["rows deleted", edit(`A5:Z5`, { changeType: "RowDeleted" }), "Plan: RowDeleted"],
    ["a column inserted", edit(`C3:C203`, { changeType: "ColumnInserted" }), "Plan: ColumnInserted"],
    ["an unknown change", edit(`C4`, { changeType: "Unknown" }), "Plan: Unknown"],
    ["a header renamed", edit(`${col("Actual")}3`), "Plan: header row edited"],
    ["an edit past the data (a trailing empty row filled in)", edit(`${col("Actual")}204`), "Plan: rows past its data edited"],
    ["an address it cannot read", edit("A:A"), "Plan: address A:A"],
    ["Settings (As of, thresholds)", edit("B6", { table: "Settings" }), "Settings changed"],
    ["an RSP input", edit("A2", { table: "RSP" }), "RSP changed"],
    ["a table it does not know", edit("A2", { table: "Budget" }), "unknown table Budget"],
    ["most rows at once (a sort)", edit(`B4:B153`), "Plan: 150 rows changed"],
  ])("%s reads everything", (_what, change, reason) => {
    expect(planChanges([change], snapshot)).toEqual({ kind: "full", reason });
  });

  test("changes confined to the columns only the add-in writes read nothing; Last update is an input", () => {
    expect(planChanges([edit(`${col("Status")}4:${col("Progress")}9`), edit("D2:G2", { table: "RSP" })], snapshot)).toEqual({ kind: "none" });
    expect(planChanges([edit(`${col("Last update")}4`)], snapshot)).toEqual({ kind: "rows", rows: new Map([["Plan", [0]]]) });
  });

  test("the echo of the add-in's own write is dropped once; the same range edited again is read", () => {
    // The cells a round wrote on body row 0, Progress to Note, as one rectangle.
    const written = new Map([["plan", { row: 3, col: 1 + PLAN_HEADERS.indexOf("Progress"), rows: 1, cols: 4 }]]);
    const echo = edit(`${col("Progress")}4:${col("Note")}4`);
    expect(planChanges([echo], snapshot, written)).toEqual({ kind: "none" });
    expect(planChanges([echo, echo], snapshot, written)).toEqual({ kind: "rows", rows: new Map([["Plan", [0]]]) });
    expect(planChanges([echo], snapshot)).toEqual({ kind: "rows", rows: new Map([["Plan", [0]]]) });
  });
});

describe("addresses", () => {
  test("parseAddress reads cells and blocks, not whole rows or columns", () => {
    expect(parseAddress("C5")).toEqual({ row: 4, col: 2, rows: 1, cols: 1 });
    expect(parseAddress("'My plan'!AA10:AB12")).toEqual({ row: 9, col: 26, rows: 3, cols: 2 });
    expect(parseAddress("A:C")).toBeNull();
    expect(parseAddress("3:5")).toBeNull();
  });

  test("rowRuns groups consecutive rows", () => {
    expect(rowRuns([1, 2, 3, 7, 9, 10])).toEqual([[1, 3], [7, 1], [9, 2]]);
  });
});
