import { OfficeGateway } from "../../src/office/officeGateway";
import { createFakeExcel } from "../support/fakeExcel";
import { planWorkbook } from "./fixtures";

/** Scalar properties only: loading one of these never pulls a whole object across. */
const LEAVES: Record<string, string[]> = {
  Range: ["values", "formulas", "rowIndex", "columnIndex", "numberFormat", "rowCount", "columnCount", "address"],
  Table: ["name", "id"],
  Worksheet: ["name"],
  WorksheetCollection: ["items/name"],
};

describe("OfficeGateway.read", () => {
  test("reads every table in two syncs, with headers, rows, origin and sheet names", async () => {
    const fake = createFakeExcel({
      tables: [
        {
          name: "Plan",
          sheet: "Plan",
          origin: { row: 2, col: 1 },
          headers: ["Ref", "Target", "Deadline"],
          rows: [["1-a", "At least 3", 45473], ["1-b", "", null]],
        },
      ],
      sheets: [{ name: "Notes" }],
    });
    const snapshot = await fake.run((context) => new OfficeGateway(context).read(["Plan", "WorkPlan"]));
    expect(fake.syncCount).toBe(2);
    expect(snapshot.sheetNames).toEqual(["Notes", "Plan"]);
    expect(snapshot.tables.WorkPlan).toBeNull();
    expect(snapshot.tables.Plan).toEqual({
      name: "Plan",
      sheet: "Plan",
      headers: ["Ref", "Target", "Deadline"],
      rows: [
        ["1-a", "At least 3", 45473],
        ["1-b", null, null],
      ],
      origin: { row: 2, col: 1 },
      bodyRowCount: 2,
    });
  });

  test("a plan of ordinary size reads in two syncs; a larger one adds a sync per ~4 MB, each response under 5 MB", async () => {
    for (const [rows, syncs] of [
      [10, 2],
      [2000, 2],
      [5000, 3],
    ]) {
      const fake = planWorkbook(rows);
      const snapshot = await fake.run((context) =>
        new OfficeGateway(context).read(["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"])
      );
      expect(snapshot.tables.Plan?.rows).toHaveLength(rows);
      expect(snapshot.tables.Plan?.rows[rows - 1]).toEqual(expect.arrayContaining([`note ${rows - 1}`]));
      expect(fake.syncCount).toBe(syncs);
      expect(Math.max(...fake.responses)).toBeLessThanOrEqual(4_000_000);
    }
  });

  test("rows are read in slices under the response limit, in order, with their formulas", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`r${i}`, `text – ≥ ${"x".repeat(20 + (i % 5))}`, i]);
    const fake = createFakeExcel({ tables: [{ name: "Updates", sheet: "Updates", headers: ["Ref", "Note", "N"], rows }] });
    fake.sheet("Updates").ensureCell(2500, 2).formula = "=1+1";
    const snapshot = await fake.run((context) =>
      new OfficeGateway(context, { maxResponseBytes: 40_000 }).read(["Updates"], { formulasOf: ["Updates"] })
    );
    expect(snapshot.tables.Updates?.rows).toEqual(rows);
    expect(snapshot.tables.Updates?.formulas?.[2499][2]).toBe(true);
    expect(snapshot.tables.Updates?.formulas?.[2498][2]).toBe(false);
    expect(fake.syncCount).toBeGreaterThan(4);
    expect(fake.syncCount).toBeLessThan(40);
    expect(Math.max(...fake.responses)).toBeLessThanOrEqual(40_000);
  });

  test("a first read Excel refuses (rows far longer than guessed) is sent again without rows", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`r${i}`, "z".repeat(200)]);
    const fake = createFakeExcel({ responseLimitBytes: 30_000, tables: [{ name: "Plan", sheet: "Plan", headers: ["Ref", "Text"], rows }] });
    const snapshot = await fake.run((context) => new OfficeGateway(context, { maxResponseBytes: 50_000 }).read(["Plan"]));
    expect(snapshot.tables.Plan?.rows).toEqual(rows);
    expect(fake.responses[1]).toBeGreaterThan(30_000); // the refused first read
  });

  test("a slice Excel still refuses as too large is split and read again", async () => {
    // Rows grow longer further down, so the size learnt from the first rows is too small.
    const rows = Array.from({ length: 2000 }, (_, i) => [`r${i}`, i < 800 ? "s" : "y".repeat(200)]);
    const fake = createFakeExcel({
      responseLimitBytes: 60_000,
      tables: [{ name: "Updates", sheet: "Updates", headers: ["Ref", "Note"], rows }],
    });
    const snapshot = await fake.run((context) => new OfficeGateway(context, { maxResponseBytes: 50_000 }).read(["Updates"]));
    expect(snapshot.tables.Updates?.rows).toEqual(rows);
    expect(fake.responses.filter((bytes) => bytes > 60_000).length).toBeGreaterThan(0);
  });

  test("loads only scalar properties, never a whole object", async () => {
    const fake = planWorkbook(20);
    await fake.run((context) => new OfficeGateway(context).read(["Plan", "Settings", "Missing"]));
    expect(fake.state.loads.length).toBeGreaterThan(0);
    for (const load of fake.state.loads) {
      expect(LEAVES[load.type]).toBeDefined();
      for (const prop of load.props) expect(LEAVES[load.type]).toContain(prop);
    }
  });

  test("a new table's empty row is not reported as data", async () => {
    const fake = createFakeExcel({ tables: [{ name: "Updates", sheet: "Updates", headers: ["Date", "Ref"], rows: [] }] });
    const snapshot = await fake.run((context) => new OfficeGateway(context).read(["Updates"]));
    expect(snapshot.tables.Updates?.rows).toEqual([]);
  });
});
