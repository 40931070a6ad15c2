/**
 * Live rounds through the Office API on the fake, after random edits typed into the tables: the
 * events' addresses as the fake raises them, readRows, the one-sync write and its echo. After
 * each round the evaluation equals a full one of the workbook, and the computed cells hold it.
 */
import { createOfficeApi } from "../../src/office/officeApi";
import { OfficeGateway } from "../../src/office/officeGateway";
import { evaluateWorkbook } from "../../src/workbook/evaluate";
import { PLAN_INPUT_TABLES } from "../../src/workbook/inputTables";
import { computedColumnWrites } from "../../src/workbook/recalculate";
import type { LiveRoundReport } from "../../src/workbook/live/liveRecalculation";
import { afterEvents } from "../support/afterEvents";
import { seededRandom } from "../support/seededRandom";
import { planWorkbook } from "./fixtures";


test("random edits on the Office fake: each live round equals a full recalculation", async () => {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const fake = planWorkbook();
  const api = createOfficeApi(fake.run, { debounceMs: 1 });
  await api.onDataChanged(() => undefined);
  await api.recalculate();
  const planRows = fake.column("Plan", "Ref").length;
  const workPlanRows = fake.column("WorkPlan", "ID").length;
  const modes = new Set<string>();
  for (let round = 0; round < 25; round += 1) {
    const kind = random();
    if (kind < 0.5) fake.editCell("Plan", Math.floor(random() * planRows), "Actual", pick([3, 12, 0.4, "n/a", 30]));
    else if (kind < 0.65) fake.editCell("Plan", Math.floor(random() * planRows), "Target", pick(["At least 10 Members", "Twice per year", "lots"]));
    else if (kind < 0.75) fake.editCell("Plan", Math.floor(random() * planRows), "Measure", pick(["manual", "activities", "updates:sum"]));
    else fake.editCell("WorkPlan", Math.floor(random() * workPlanRows), "Status", pick(["Held", "Planned", "Cancelled"]));
    await afterEvents(fake, 1);
    const report = (await (api.recalculateLive as () => Promise<LiveRoundReport>)()) as LiveRoundReport;
    modes.add(report.mode);
    await afterEvents(fake, 1);
    const snapshot = await fake.run((context) => new OfficeGateway(context).read(PLAN_INPUT_TABLES));
    const full = evaluateWorkbook(snapshot);
    expect([round, report.evaluation]).toEqual([round, full]);
    // The workbook's computed cells already hold what a full recalculation would write.
    for (const write of computedColumnWrites(snapshot, full)) {
      const cells = fake.column(write.table, write.column).map((value) => (value === "" ? null : value));
      expect([round, write.table, write.column, cells]).toEqual([round, write.table, write.column, write.values]);
    }
  }
  expect(modes.has("plan-rows")).toBe(true);
  expect(modes.has("rows")).toBe(true);
});
