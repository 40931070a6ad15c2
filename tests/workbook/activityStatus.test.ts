/**
 * DESIGN.md §2 "Activity status" through the workbook operations: a Cancelled or Postponed
 * activity with a Held on date counts nowhere (activity counts, women's share, scores, the
 * status sheet's delivery tables, History), and Validate names the contradicting cell.
 */
import { MemoryGateway } from "../support/memoryGateway";
import type { MemoryTable } from "../support/memoryGateway";
import { evaluateWorkbook } from "../../src/workbook/evaluate";
import { validateWorkbook } from "../../src/workbook/evaluate";
import { generateStatusSheet } from "../../src/workbook/statusSheet";
import type { EvaluatedKpi } from "../../src/workbook/model";
import { byName, d, sampleTables, setCell, snapshotOf } from "./fixtures";

const AS_OF = d("2023-07-01");
const NOW = new Date(2023, 6, 1, 9, 30);

/** Sample plan with A2 (serves 1-b) Postponed and A4 (serves 2-a, 2-b) Cancelled, both dated unless `dated` is false. */
function calledOff(dated = true, statuses: [string, string] = ["Postponed", "Cancelled"]): MemoryTable[] {
  const tables = sampleTables();
  const workPlan = byName(tables, "WorkPlan");
  setCell(workPlan, 1, "Status", statuses[0]);
  setCell(workPlan, 1, "Held on", dated ? d("2023-03-01") : null);
  setCell(workPlan, 3, "Status", statuses[1]);
  setCell(workPlan, 3, "Held on", dated ? d("2023-06-15") : null); // inside the status sheet's period
  return tables;
}

function actuals(kpis: EvaluatedKpi[]): Record<string, [number | null, number | null, string]> {
  return Object.fromEntries(kpis.map((k) => [`${k.ref}#${k.part}`, [k.actual, k.lastUpdate, k.status]]));
}

describe("a Cancelled or Postponed activity with a Held on date", () => {
  it("counts in no activity count, women's share or score", () => {
    const { kpis } = evaluateWorkbook(snapshotOf(calledOff()), { asOf: AS_OF });
    const byRef = (ref: string) => kpis.find((k) => k.ref === ref)!;
    expect(byRef("1-b").actual).toBe(1); // A1 only; A2 is Postponed
    expect(byRef("1-b").lastUpdate).toBe(d("2022-10-01"));
    expect(byRef("2-a").actual).toBeCloseTo(6 / 30); // A5 only; A4 is Cancelled
    expect(byRef("2-b").actual).toBe(3);
    // The same as if the dates had never been typed.
    expect(actuals(kpis)).toEqual(actuals(evaluateWorkbook(snapshotOf(calledOff(false)), { asOf: AS_OF }).kpis));
  });

  it("changes nothing on the status sheet or in History compared with the same activities undated", async () => {
    const generate = async (tables: MemoryTable[]) => {
      const gateway = new MemoryGateway(tables);
      const report = await generateStatusSheet(gateway, { asOf: AS_OF, now: NOW });
      return { cells: gateway.sheets.get(report.sheetName)!.cells, history: gateway.table("History").rows };
    };
    const dated = await generate(calledOff());
    const undated = await generate(calledOff(false));
    expect(dated.cells).toEqual(undated.cells);
    expect(dated.history).toEqual(undated.history);
    // And the test can tell: marked Held, the same dated activities do show.
    const held = await generate(calledOff(true, ["Held", "Held"]));
    expect(held.cells).not.toEqual(dated.cells);
    expect(dated.cells.some((row) => row[0] === "A4")).toBe(false);
    expect(held.cells.some((row) => row[0] === "A4" && row[1] === "Held")).toBe(true);
  });

  it("is a Validate warning on the Held on cell; so is Held without a date", () => {
    const tables = calledOff();
    setCell(byName(tables, "WorkPlan"), 0, "Held on", null); // A1: Held, no date
    const problems = validateWorkbook(snapshotOf(tables)).filter((p) => p.table === "WorkPlan" && p.column === "Held on");
    expect(problems).toEqual([
      {
        severity: "warning",
        table: "WorkPlan",
        row: 0,
        column: "Held on",
        address: "WorkPlan!I2",
        message: "Status is Held but Held on is empty; enter the date it was held (it counts in its planned quarter meanwhile)",
      },
      {
        severity: "warning",
        table: "WorkPlan",
        row: 1,
        column: "Held on",
        address: "WorkPlan!I3",
        message: "Held on has the date 2023-03-01 but the Status is Postponed; a Postponed activity never counts as held. Clear the date, or set the Status to Held",
      },
      {
        severity: "warning",
        table: "WorkPlan",
        row: 3,
        column: "Held on",
        address: "WorkPlan!I5",
        message: "Held on has the date 2023-06-15 but the Status is Cancelled; a Cancelled activity never counts as held. Clear the date, or set the Status to Held",
      },
    ]);
  });
});
