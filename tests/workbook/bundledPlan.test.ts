/** The bundled SAP 2022-2024 end to end: Set up's tables, then Recalculate on them. */
import { MemoryGateway } from "../support/memoryGateway";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { recalculateWorkbook } from "../../src/workbook/recalculate";
import { validateWorkbook } from "../../src/workbook/evaluate";
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { STATUSES } from "../../src/core/types";
import { d } from "./fixtures";

async function bundledWorkbook(): Promise<MemoryGateway> {
  const gateway = new MemoryGateway();
  await gateway.createTables(bundleToTableSpecs(BUNDLED_PLAN));
  return gateway;
}

describe("the bundled plan in a workbook", () => {
  it("validates without errors", async () => {
    const gateway = await bundledWorkbook();
    const problems = validateWorkbook(await gateway.read(["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates"]));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("recalculates every Plan row to a valid status, all No data before any actual is entered", async () => {
    const gateway = await bundledWorkbook();
    const report = await recalculateWorkbook(gateway, { asOf: d("2023-06-30") });
    const statuses = gateway.column("Plan", "Status");
    expect(statuses.length).toBeGreaterThanOrEqual(54);
    expect(new Set(statuses.map((s) => typeof s))).toEqual(new Set(["string"]));
    expect(statuses.every((s) => (STATUSES as readonly unknown[]).includes(s))).toBe(true);
    expect(statuses).not.toContain("Invalid");
    expect(new Set(statuses)).toEqual(new Set(["No data"]));
    expect(new Set(report.evaluation.kpis.map((k) => k.ref)).size).toBe(54);
    expect(gateway.column("Plan", "Target value").every((v) => typeof v === "number" && v > 0)).toBe(true);
    expect(gateway.column("WorkPlan", "Ref check").every((v) => v === "OK")).toBe(true);
    expect(report.evaluation.pillars.map((p) => p.pillar)).toEqual([1, 2, 3, 4]);
    expect(report.evaluation.milestones.length).toBe(BUNDLED_PLAN.rsp.length);
  });

  it("turns actuals typed into the Actual cells into verdicts", async () => {
    const gateway = await bundledWorkbook();
    await recalculateWorkbook(gateway, { asOf: d("2023-06-30") });
    // Each KPI's actual set to its total target: met counts are Achieved, other kinds on track.
    const plan = gateway.table("Plan");
    const actual = plan.headers.indexOf("Actual");
    const targets = gateway.column("Plan", "Target value");
    plan.rows.forEach((row, i) => (row[actual] = targets[i]));
    const report = await recalculateWorkbook(gateway, { asOf: d("2023-06-30") });
    const statuses = new Set(report.evaluation.kpis.map((k) => k.status));
    expect([...statuses].every((s) => s === "Achieved" || s === "On track")).toBe(true);
    expect(gateway.column("RSP", "Status").every((s) => s === "Achieved" || s === "On track" || s === "No actions")).toBe(true);
  });
});
