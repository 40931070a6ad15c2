import { OfficeGateway } from "../../src/office/officeGateway";
import { createFakeExcel } from "../support/fakeExcel";
import { planWorkbook } from "./fixtures";

/** Scalar properties only: loading one of these never pulls a whole object across. */
const LEAVES: Record<string, string[]> = {
  Range: ["values", "rowIndex", "columnIndex", "numberFormat", "rowCount", "address"],
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
    });
  });

  test("the sync count does not grow with the rows or the tables", async () => {
    for (const rows of [10, 5000]) {
      const fake = planWorkbook(rows);
      const snapshot = await fake.run((context) =>
        new OfficeGateway(context).read(["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"])
      );
      expect(snapshot.tables.Plan?.rows).toHaveLength(rows);
      expect(fake.syncCount).toBe(2);
    }
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
