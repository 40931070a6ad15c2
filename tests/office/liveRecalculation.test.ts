/**
 * Live recalculation through the Office API on the fake (issue #16): an edit re-reads only its
 * rows and writes only the cells that changed, in two syncs; anything the events cannot pin down
 * reads everything again.
 */
import { OfficeGateway } from "../../src/office/officeGateway";
import { evaluateWorkbook } from "../../src/workbook/evaluate";
import { PLAN_INPUT_TABLES } from "../../src/workbook/inputTables";
import type { LiveRoundReport } from "../../src/workbook/live/liveRecalculation";
import type { AddinApi } from "../../src/workbook/addinApi";
import type { FakeExcel } from "../support/fakeExcel";
import { watchedApi, type WatchedApi } from "./watchedApi";

async function liveRound(api: AddinApi): Promise<LiveRoundReport> {
  return (await (api.recalculateLive as () => Promise<LiveRoundReport>)()) as LiveRoundReport;
}

async function fullEvaluation(fake: FakeExcel) {
  return fake.run(async (context) => evaluateWorkbook(await new OfficeGateway(context).read(PLAN_INPUT_TABLES)));
}

async function started(): Promise<WatchedApi> {
  const watched = await watchedApi();
  await watched.api.recalculate();
  await watched.settle();
  return watched;
}

describe("live recalculation on the Office fake", () => {
  test("an Actual edit: one read sync of its row, one write sync of the cells that changed", async () => {
    const { fake, api, handler, settle } = await started();
    const row = fake.column("Plan", "Ref").findIndex((ref) => ref === "1-a");
    fake.editCell("Plan", row, "Measure", "manual");
    fake.editCell("Plan", row, "Actual", 33);
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);

    fake.resetCounters();
    const report = await liveRound(api);
    expect([report.mode, report.reason]).toEqual(["plan-rows", undefined]);
    expect(fake.syncCount).toBe(2);
    expect(Math.max(...fake.requests)).toBeLessThan(50 * 1024);
    expect(report.cellsWritten).toBeGreaterThan(0);
    expect(report.cellsWritten).toBeLessThan(20);
    expect(fake.column("Plan", "Status")[row]).toBe(report.evaluation.kpis.find((k) => k.row === row)?.status);
    expect(report.evaluation).toEqual(await fullEvaluation(fake));

    // The write's own echo starts no round, and a round over it reads nothing.
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
    fake.resetCounters();
    expect((await liveRound(api)).mode).toBe("none");
    expect(fake.syncCount).toBe(0);
  });

  test("an edit that changes nothing computed writes nothing", async () => {
    const { fake, api, settle } = await started();
    fake.editCell("Plan", 0, "My notes", "another note");
    await settle();
    fake.resetCounters();
    const report = await liveRound(api);
    expect(report.cellsWritten).toBe(0);
    expect(fake.syncCount).toBe(1);
  });

  test("a WorkPlan edit re-reads its row and evaluates the patched snapshot", async () => {
    const { fake, api, settle } = await started();
    fake.editCell("WorkPlan", 3, "Status", "Cancelled");
    await settle();
    fake.resetCounters();
    const report = await liveRound(api);
    expect([report.mode, report.reason]).toEqual(["rows", undefined]);
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(report.evaluation).toEqual(await fullEvaluation(fake));
  });

  test("a co-author's edit, an inserted column and the add-in's own records each make the next round read everything", async () => {
    const { fake, api, settle } = await started();
    fake.editCell("Plan", 1, "Actual", 4, "Remote");
    fake.editCell("Plan", 2, "Actual", 5);
    await settle();
    let report = await liveRound(api);
    expect([report.mode, report.reason]).toEqual(["full", "a co-author changed Plan"]);
    expect(report.evaluation).toEqual(await fullEvaluation(fake));

    fake.insertColumn("Plan", 3, "Inserted");
    await settle();
    report = await liveRound(api);
    expect(report.mode).toBe("full");
    expect(report.evaluation).toEqual(await fullEvaluation(fake));

    const ref = String(fake.column("Plan", "Ref")[0]);
    await api.logUpdate({ ref, part: 1, date: 45200, value: 3, member: "", evidence: "", by: "" } as Parameters<AddinApi["logUpdate"]>[0]);
    fake.editCell("Plan", 0, "Actual", 6);
    await settle();
    report = await liveRound(api);
    expect(report.mode).toBe("full");
    expect(report.evaluation).toEqual(await fullEvaluation(fake));
  });

  test("the Recalculate button always reads everything", async () => {
    const { fake, api, settle } = await started();
    fake.editCell("Plan", 0, "Actual", 2);
    await settle();
    const report = (await api.recalculate()) as LiveRoundReport;
    expect([report.mode, report.reason]).toEqual(["full", "asked for"]);
    expect((await liveRound(api)).mode).toBe("none");
  });
});
