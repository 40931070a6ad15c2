import { LiveRecalculation } from "../../../src/workbook/live/liveRecalculation";
import { findColumn } from "../../../src/workbook/schema";
import { MemoryGateway } from "../../support/memoryGateway";
import { HALFWAY, sampleTables } from "../fixtures";
import { UserEdits } from "./userEdits";

const OPTIONS = { asOf: HALFWAY };

describe("LiveRecalculation", () => {
  test("an Actual edit reads one row and writes only the cells that changed", async () => {
    const gateway = new MemoryGateway(sampleTables());
    const live = new LiveRecalculation(OPTIONS);
    await live.round(gateway, "full");
    const user = new UserEdits(gateway);
    const report = await live.round(gateway, [user.edit("Plan", 0, "Actual", 9)]);
    expect(report.mode).toBe("plan-rows");
    expect(gateway.calls.read).toBe(1);
    expect(gateway.readRowsCalls).toBe(1);
    expect(report.cellsWritten).toBeGreaterThan(0);
    expect(report.cellsWritten).toBeLessThan(12);
    expect(gateway.column("Plan", "Progress")[0]).toBe(0.9);
  });

  test("formulas in Plan input cells make every round read everything: their results change with no event on Plan", async () => {
    const tables = sampleTables();
    const plan = tables.find((t) => t.name === "Plan")!;
    plan.formulaCells = new Set([`1,${findColumn(plan.headers, "Baseline")}`]);
    const gateway = new MemoryGateway(tables);
    const live = new LiveRecalculation(OPTIONS);
    await live.round(gateway, "full");
    const report = await live.round(gateway, [new UserEdits(gateway).edit("Plan", 0, "Actual", 9)]);
    expect([report.mode, report.reason]).toEqual(["full", "Plan has formulas in its input cells"]);
  });

  test("a formula typed into a Plan input cell: that round reads its result, the next reads everything", async () => {
    const gateway = new MemoryGateway(sampleTables());
    const live = new LiveRecalculation(OPTIONS);
    await live.round(gateway, "full");
    const user = new UserEdits(gateway);
    const change = user.edit("Plan", 0, "Actual", 7);
    gateway.table("Plan").formulaCells = new Set([`0,${user.column("Plan", "Actual")}`]);
    expect((await live.round(gateway, [change])).mode).toBe("plan-rows");
    const next = await live.round(gateway, [user.edit("Plan", 1, "Comment", "why")]);
    expect([next.mode, next.reason]).toEqual(["full", "Plan has formulas in its input cells"]);
  });

  test("a failed write leaves no half-patched snapshot: the next round reads everything", async () => {
    const gateway = new MemoryGateway(sampleTables());
    const live = new LiveRecalculation(OPTIONS);
    await live.round(gateway, "full");
    const user = new UserEdits(gateway);
    const write = jest.spyOn(gateway, "write").mockRejectedValueOnce(new Error("The sheet is protected"));
    await expect(live.round(gateway, [user.edit("Plan", 0, "Actual", 2)])).rejects.toThrow("The sheet is protected");
    write.mockRestore();
    const report = await live.round(gateway, [user.edit("Plan", 1, "Comment", "x")]);
    expect([report.mode, report.reason]).toEqual(["full", "first round"]);
    expect(gateway.column("Plan", "Progress")[0]).toBe(0.2);
  });
});
