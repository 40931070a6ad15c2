/** Issue 10 §3 through the workbook: an actual its unit rules out is a Validate error on its cell and is not scored. */
import { MemoryGateway } from "../support/memoryGateway";
import { evaluateWorkbook, validateWorkbook } from "../../src/workbook/evaluate";
import { recalculateWorkbook } from "../../src/workbook/recalculate";
import type { Problem } from "../../src/workbook/model";
import { HALFWAY, addRow, byName, d, sampleTables, setCell, snapshotOf } from "./fixtures";

function planted() {
  const tables = sampleTables();
  const plan = byName(tables, "Plan");
  setCell(plan, 5, "Measure", "manual"); // 2-a "Meet at least 75% of the ROCB requests"
  setCell(plan, 5, "Actual", 70);
  setCell(plan, 6, "Measure", "manual"); // 2-b "At least average of 4 out of 5"
  setCell(plan, 6, "Actual", 7);
  setCell(plan, 0, "Actual", -3); // 1-a "At least 10 Members"
  const population = addRow(plan, { Ref: "2-d", part: 1, Pillar: 2, TARGET: "At least 27/33 Members", Measure: "manual", Actual: 40 });
  // 1-c Part 1 is measured by updates:latest: its newest update is typed negative.
  addRow(byName(tables, "Updates"), { Ref: "1-c", Date: d("2023-06-01"), Value: -4, Part: 1 });
  return { tables, population };
}

describe("actuals their unit rules out", () => {
  const { tables, population } = planted();
  const problems = validateWorkbook(snapshotOf(tables), { asOf: HALFWAY }).filter((p) => p.severity === "error" && p.table === "Plan");
  const at = (row: number): Problem | undefined => problems.find((p) => p.row === row);

  it("are Validate errors naming the cell and what to type", () => {
    expect(at(5)).toMatchObject({ column: "Actual", address: "Plan!J7", message: "70 looks like a percentage typed as a whole number: type 70% or 0.7. This KPI is not scored until it is fixed" });
    expect(at(6)).toMatchObject({ column: "Actual", address: "Plan!J8", message: expect.stringContaining('An average of 7 is above the scale\'s top of 5 ("4 out of 5")') });
    expect(at(0)).toMatchObject({ column: "Actual", address: "Plan!J2", message: expect.stringContaining("-3 is negative, and a count cannot be") });
    expect(at(population)).toMatchObject({ column: "Actual", message: expect.stringContaining('40 is more than the 33 Members there are ("27/33 Members")') });
    expect(at(2)).toMatchObject({
      column: "Measure",
      address: "Plan!I4",
      message: "The actual updates:latest gives for this KPI: -4 is negative, and a count cannot be. It is not scored until the Updates rows of 1-c are fixed",
    });
  });

  it("are not scored: Invalid with the reason as note, no progress, and no share of the rollups' mean progress", () => {
    const { kpis, pillars } = evaluateWorkbook(snapshotOf(tables), { asOf: HALFWAY });
    for (const row of [0, 2, 5, 6, population]) {
      const kpi = kpis.find((k) => k.row === row)!;
      expect([kpi.ref, kpi.status, kpi.progress, kpi.performance]).toEqual([kpi.ref, "Invalid", null, null]);
      expect(kpi.note.length).toBeGreaterThan(0);
    }
    const pillar2 = pillars.find((p) => p.pillar === 2)!;
    expect(pillar2.rollup.counts.Invalid).toBe(4); // 2-a, 2-b, 2-c (unreadable target), 2-d
  });

  it("recalculate writes Invalid and an empty Progress, never 9333%", async () => {
    const gateway = new MemoryGateway(planted().tables);
    await recalculateWorkbook(gateway, { asOf: HALFWAY });
    expect(gateway.column("Plan", "Status")[5]).toBe("Invalid");
    expect(gateway.column("Plan", "Progress")[5]).toBeNull();
    expect(gateway.column("Plan", "Note")[5]).toMatch(/^70 looks like a percentage typed as a whole number/);
  });
});
