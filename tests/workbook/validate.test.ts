import { validateWorkbook } from "../../src/workbook/evaluate";
import type { Problem } from "../../src/workbook/model";
import { addRow, byName, d, dropColumn, sampleTables, setCell, snapshotOf } from "./fixtures";

function find(problems: Problem[], table: string, row: number | null, pattern: RegExp): Problem {
  const found = problems.find((p) => p.table === table && p.row === row && pattern.test(p.message));
  if (!found) throw new Error(`no ${table} row ${row} problem ${pattern}; got:\n${problems.map((p) => `${p.table} ${p.row} ${p.message}`).join("\n")}`);
  return found;
}

describe("validateWorkbook", () => {
  it("finds only the planted problems in the sample workbook, whatever its column order and extra columns", () => {
    const problems = validateWorkbook(snapshotOf(sampleTables()));
    expect(problems.map((p) => [p.severity, p.table, p.row, p.column, p.address])).toEqual([
      ["error", "Plan", 7, "TARGET", "Plan!H9"],
      ["warning", "WorkPlan", 2, "Refs", "WorkPlan!D4"],
      ["warning", "WorkPlan", 2, "Members", "WorkPlan!E4"],
    ]);
    expect(problems[0].message).toMatch(/Could not read target "abc": expected/);
    expect(problems[1].message).toBe("Unknown Ref 1-zz: no Plan row has this Ref");
    expect(problems[2].message).toMatch(/Unknown Member "Atlantis"/);
  });

  it("reports missing tables (optional ones as warnings, History not at all) and missing required and computed columns", () => {
    const tables = sampleTables().filter((t) => t.name !== "Updates");
    dropColumn(byName(tables, "Members"), "Code");
    dropColumn(byName(tables, "Plan"), "Note");
    const problems = validateWorkbook(snapshotOf(tables));
    expect(find(problems, "Updates", null, /no table named "Updates"/)).toMatchObject({ severity: "warning", column: null });
    expect(problems.some((p) => p.table === "History")).toBe(false);
    expect(find(problems, "Members", null, /no "Code" column/)).toMatchObject({ severity: "error", column: "Code" });
    expect(find(problems, "Plan", null, /no "Note" column, so Recalculate cannot fill it/)).toMatchObject({ severity: "warning" });
    const withoutPlan = validateWorkbook(snapshotOf(sampleTables().filter((t) => t.name !== "Plan")));
    expect(find(withoutPlan, "Plan", null, /no table named "Plan"/)).toMatchObject({ severity: "error" });
  });

  it("leaves RSP references as text, unwarned, in a plan whose RSP table has no milestones", () => {
    const tables = sampleTables();
    byName(tables, "RSP").rows = [];
    const plan = byName(tables, "Plan");
    setCell(plan, 0, "rsp  REFERENCE", "Goal A: safer borders");
    setCell(plan, 1, "rsp  REFERENCE", "1.1.1 – 9th milestone");
    const problems = validateWorkbook(snapshotOf(tables));
    expect(problems.filter((p) => p.column === "rsp  REFERENCE")).toEqual([]);
  });

  it("accepts a workbook whose optional input columns (Members Name, Plan KPI, WorkPlan Activity …) are gone", () => {
    const tables = sampleTables();
    dropColumn(byName(tables, "Members"), "Name");
    dropColumn(byName(tables, "Plan"), "KPI");
    dropColumn(byName(tables, "Plan"), "Action");
    dropColumn(byName(tables, "WorkPlan"), "Activity");
    const problems = validateWorkbook(snapshotOf(tables));
    expect(problems.filter((p) => p.row === null && p.severity === "error")).toEqual([]);
  });

  it("reports every cell-level problem of Plan with its cell", () => {
    const tables = sampleTables();
    const plan = byName(tables, "Plan");
    setCell(plan, 0, "rsp  REFERENCE", "somewhere");
    setCell(plan, 1, "rsp  REFERENCE", "1.1.1 – 9th milestone");
    setCell(plan, 1, "Deadline", "2023-12-31");
    setCell(plan, 0, "Actual", "five");
    setCell(plan, 2, "Baseline", "none");
    setCell(plan, 3, "Weight", "heavy");
    setCell(plan, 4, "Measure", "updates:average");
    const dup = addRow(plan, { Ref: "1-A", part: 1, Pillar: 1, "rsp  REFERENCE": "1.1.1 – 1st milestone", TARGET: "At least 3 Members" });
    const problems = validateWorkbook(snapshotOf(tables));

    expect(find(problems, "Plan", 0, /RSP reference: could not find an RSP objective/)).toMatchObject({ severity: "warning", column: "rsp  REFERENCE", address: "Plan!E2" });
    expect(find(problems, "Plan", 1, /RSP milestone 1\.1\.1-M9 is not in the RSP table/)).toMatchObject({ column: "rsp  REFERENCE" });
    expect(find(problems, "Plan", 1, /Deadline "2023-12-31" is a date stored as text/)).toMatchObject({ severity: "error", column: "Deadline", address: "Plan!L3" });
    expect(find(problems, "Plan", 0, /Actual "five" is not a number/)).toMatchObject({ severity: "error", column: "Actual", address: "Plan!J2" });
    expect(find(problems, "Plan", 2, /Baseline "none" is not a number/)).toMatchObject({ severity: "error", column: "Baseline" });
    expect(find(problems, "Plan", 3, /Weight "heavy" is not a number; using 1/)).toMatchObject({ severity: "warning", column: "Weight" });
    const measure = find(problems, "Plan", 4, /Measure "updates:average" is unknown/);
    expect(measure).toMatchObject({ severity: "warning", column: "Measure", address: "Plan!I6" });
    expect(measure.message).toContain("manual, updates:latest, updates:sum, updates:members, activities, activities:women-share, activities:score");
    expect(find(problems, "Plan", dup, /Ref 1-a Part 1 is also on Plan!A2/)).toMatchObject({ severity: "warning", column: "Ref" });
  });

  it("reports a Ref and Part above 1 written twice, and neither another Part of that Ref nor that Part of another Ref", () => {
    const tables = sampleTables();
    const plan = byName(tables, "Plan");
    const first = addRow(plan, { Ref: "4-z", Part: 2, Pillar: 4, TARGET: "At least 3 Members" });
    const again = addRow(plan, { Ref: "4-z", Part: 2, Pillar: 4, TARGET: "At least 3 Members" });
    const other = addRow(plan, { Ref: "4-y", Part: 2, Pillar: 4, TARGET: "At least 3 Members" });
    addRow(plan, { Ref: "4-z", Part: 1, Pillar: 4, TARGET: "At least 3 Members" });
    const problems = validateWorkbook(snapshotOf(tables));
    const duplicates = problems.filter((p) => p.table === "Plan" && /is also on/.test(p.message));
    expect(duplicates.map((p) => [p.row, p.message.replace(/ on .*/, "")])).toEqual([[again, "Ref 4-z Part 2 is also"]]);
    expect(duplicates[0].message).toContain(`Plan!A${first + 2}`);
    expect(other).toBe(again + 1);
  });

  it("reports WorkPlan problems: unknown Ref, Member, Status, dates as text, counts", () => {
    const tables = sampleTables();
    const workPlan = byName(tables, "WorkPlan");
    setCell(workPlan, 0, "Status", "Done");
    setCell(workPlan, 1, "Held on", "1 Mar 2023");
    setCell(workPlan, 3, "Women", 12);
    setCell(workPlan, 4, "Participants", "many");
    setCell(workPlan, 4, "Score", "good");
    setCell(workPlan, 0, "Refs", "1-a, whatever");
    const problems = validateWorkbook(snapshotOf(tables));
    expect(find(problems, "WorkPlan", 0, /Status "Done" is unknown; expected one of Planned, Held, Postponed, Cancelled/)).toMatchObject({ column: "Status", address: "WorkPlan!H2" });
    expect(find(problems, "WorkPlan", 0, /Refs "1-a, whatever": "whatever" is not an action reference/)).toMatchObject({ column: "Refs" });
    expect(find(problems, "WorkPlan", 1, /Held on "1 Mar 2023" is a date stored as text/)).toMatchObject({ column: "Held on", address: "WorkPlan!I3" });
    expect(find(problems, "WorkPlan", 3, /Women \(12\) is more than Participants \(10\)/)).toMatchObject({ column: "Women" });
    expect(find(problems, "WorkPlan", 4, /Participants "many" is not a number/)).toMatchObject({ column: "Participants" });
    expect(find(problems, "WorkPlan", 4, /Score "good" is not a number/)).toMatchObject({ column: "Score" });
    // Member names are accepted whatever their case ("mongolia" in A4).
    expect(problems.some((p) => p.table === "WorkPlan" && p.row === 3 && p.column === "Members")).toBe(false);
  });

  it("reports Updates with an unknown Ref or Member, or a date stored as text", () => {
    const tables = sampleTables();
    const updates = byName(tables, "Updates");
    const unknownRef = addRow(updates, { Ref: "9-z", Date: d("2023-01-01"), Value: 1 });
    const textDate = addRow(updates, { Ref: "1-c", Date: "2023-01-01", Value: 1 });
    const unknownMember = addRow(updates, { Ref: "1-d", Date: d("2023-01-01"), Member: "Narnia" });
    const problems = validateWorkbook(snapshotOf(tables));
    expect(find(problems, "Updates", unknownRef, /Unknown Ref 9-z/)).toMatchObject({ column: "Ref", address: "Updates!A10" });
    expect(find(problems, "Updates", textDate, /Date "2023-01-01" is a date stored as text; .* ignored/)).toMatchObject({ column: "Date", address: "Updates!B11" });
    expect(find(problems, "Updates", unknownMember, /Unknown Member "Narnia"/)).toMatchObject({ column: "Member" });
  });

  it("names Settings problems too, and lists problems by table then row", () => {
    const tables = sampleTables();
    setCell(byName(tables, "Settings"), 3, "Value", "2022-07-01");
    setCell(byName(tables, "Plan"), 0, "Actual", "five");
    const problems = validateWorkbook(snapshotOf(tables));
    expect(problems[0]).toMatchObject({ table: "Settings", row: 3, column: "Value", address: "Settings!A5" });
    const tableOrder = problems.map((p) => ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates"].indexOf(p.table));
    expect([...tableOrder].sort((a, b) => a - b)).toEqual(tableOrder);
  });
});

describe("validateWorkbook on the Parts of a KPI", () => {
  it("flags a KPI with Parts 1 and 3 but no 2 on the row of Part 3", () => {
    const tables = sampleTables();
    const plan = byName(tables, "Plan");
    setCell(plan, 3, "part", 3); // 1-c: Parts 1 and 3
    const problems = validateWorkbook(snapshotOf(tables));
    expect(find(problems, "Plan", 3, /Ref 1-c has Part 3 but no Part 2/)).toMatchObject({ severity: "warning", column: "part", address: "Plan!B5" });
    expect(problems.filter((p) => /but no Part/.test(p.message))).toHaveLength(1);
  });

  it("reports a range of missing Parts once, and a multi-part Target without a row for each part", () => {
    const tables = sampleTables();
    const plan = byName(tables, "Plan");
    setCell(plan, 3, "part", 1000);
    addRow(plan, { Ref: "2-e", part: 1, Pillar: 2, TARGET: "(a) 20 Members (b) twice per year (c) once in 2 years", Measure: "manual" });
    const problems = validateWorkbook(snapshotOf(tables));
    expect(find(problems, "Plan", 3, /^Ref 1-c has Part 1000 but no Parts 2 to 999;/)).toMatchObject({ column: "part" });
    expect(problems.find((p) => /The Target of 2-e has 3 parts but no row has Parts 2 to 3/.test(p.message))).toMatchObject({ column: "TARGET", severity: "warning" });
  });
});

describe("validateWorkbook on impossible dates", () => {
  it('calls "2023-13-01" in a date column an invalid date, naming the cell', () => {
    const tables = sampleTables();
    setCell(byName(tables, "Plan"), 1, "Deadline", "2023-13-01");
    setCell(byName(tables, "WorkPlan"), 1, "Held on", "2023-02-30");
    const problems = validateWorkbook(snapshotOf(tables));
    const deadline = find(problems, "Plan", 1, /^Deadline "2023-13-01" is not a valid date \(there is no month 13\)/);
    expect(deadline).toMatchObject({ column: "Deadline", address: "Plan!L3" });
    expect(deadline.message).not.toMatch(/stored as text/);
    expect(find(problems, "WorkPlan", 1, /^Held on "2023-02-30" is not a valid date/)).toMatchObject({ address: "WorkPlan!I3" });
  });
});
