import * as fs from "fs";
import * as path from "path";
import { MemoryGateway } from "../support/memoryGateway";
import { importPlanIntoWorkbook } from "../../src/workbook/importOperation";
import { WorkbookError } from "../../src/workbook/gateway";
import { PLAN_HEADERS, memoryTable } from "./fixtures";

const SEED = path.resolve(__dirname, "..", "..", "..", "shared", "seed", "000_1d51f2ebccf6b1fb.txt");

/** Pillar 1 actions a) to h) of Annex II, as pasted from the PDF. */
function pastedPillarOne(): string {
  const lines = fs.readFileSync(SEED, "utf8").split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith("1. Support the implementation of WCO conventions"));
  const end = lines.findIndex((l, i) => i > start && l.startsWith("h)"));
  return lines.slice(start, end + 1).join("\n");
}

describe("importPlanIntoWorkbook", () => {
  it("appends the pasted rows not yet in Plan, skipping those already there, in one read and one write", async () => {
    const gateway = new MemoryGateway([
      memoryTable("Plan", PLAN_HEADERS, [{ Ref: "1-a", part: 1, TARGET: "mine", "My notes": "keep" }]),
    ]);
    const report = await importPlanIntoWorkbook(gateway, pastedPillarOne());
    expect(gateway.calls).toEqual({ read: 1, write: 1, createTables: 0 });
    expect(report.rowsImported).toBe(7);
    expect(report.message).toMatch(/Imported 7 rows into Plan\. Skipped 1 row already in Plan \(1-a Part 1\)\./);

    expect(gateway.column("Plan", "Ref")).toEqual(["1-a", "1-b", "1-c", "1-d", "1-e", "1-f", "1-g", "1-h"]);
    expect(gateway.column("Plan", "Target")[0]).toBe("mine");
    expect(gateway.column("Plan", "My notes")).toEqual(["keep", null, null, null, null, null, null, null]);
    expect(gateway.column("Plan", "Target")[1]).toBe("At least 27/33 Members");
    expect(gateway.column("Plan", "RSP reference")[3]).toMatch(/1\.1\.2/);
    expect(gateway.column("Plan", "Status").every((s) => s === null)).toBe(true);
  });

  it("writes nothing when every pasted row is already in Plan", async () => {
    const gateway = new MemoryGateway([memoryTable("Plan", PLAN_HEADERS, [])]);
    await importPlanIntoWorkbook(gateway, pastedPillarOne());
    const again = await importPlanIntoWorkbook(gateway, pastedPillarOne());
    expect(again.rowsImported).toBe(0);
    expect(again.message).toMatch(/Skipped 8 rows already in Plan/);
    expect(gateway.calls.write).toBe(1);
  });

  it("says so when the text holds no plan rows", async () => {
    const gateway = new MemoryGateway([memoryTable("Plan", PLAN_HEADERS, [])]);
    const report = await importPlanIntoWorkbook(gateway, "Dear colleagues,\nplease find attached.");
    expect(report.rowsImported).toBe(0);
    expect(report.message).toMatch(/No plan rows were found/);
    expect(gateway.calls.write).toBe(0);
  });

  it("refuses without a Plan table", async () => {
    const gateway = new MemoryGateway();
    await expect(importPlanIntoWorkbook(gateway, pastedPillarOne())).rejects.toThrow(WorkbookError);
    await expect(importPlanIntoWorkbook(gateway, pastedPillarOne())).rejects.toThrow(/needs a table named "Plan"/);
    expect(gateway.calls.write).toBe(0);
  });
});
