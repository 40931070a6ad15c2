/**
 * Live recalculation's code loads with the first recalculation, after Overview is on screen.
 * When it cannot be fetched, Recalculate says so in plain words and touches nothing; Overview
 * and the change watchers work without it.
 */
import { WorkbookError } from "../../src/workbook/gateway";
import { PART_NOT_LOADED } from "../../src/office/lazyPart";
import { countingRun, planWorkbook } from "./fixtures";
import { watchedApi } from "./watchedApi";

let chunkAvailable = false;
jest.mock("../../src/workbook/live/liveRecalculation", () => {
  if (!chunkAvailable) throw new Error("Loading chunk live failed.");
  return jest.requireActual("../../src/workbook/live/liveRecalculation");
});

import { createOfficeApi } from "../../src/office/officeApi";

describe("live recalculation that cannot be loaded", () => {
  beforeEach(() => {
    chunkAvailable = false;
  });

  test("Recalculate and a live round reject in plain words before any Excel.run", async () => {
    const fake = planWorkbook();
    const counted = countingRun(fake);
    const api = createOfficeApi(counted.run);
    for (const round of [() => api.recalculate(), () => (api.recalculateLive as () => Promise<unknown>)()]) {
      const failure = round();
      await expect(failure).rejects.toBeInstanceOf(WorkbookError);
      await expect(failure).rejects.toThrow(PART_NOT_LOADED);
    }
    expect(counted.runs()).toBe(0);
    expect(fake.syncCount).toBe(0);
  });

  test("Overview's evaluation and the edit watchers do not need it", async () => {
    const { fake, api, handler, settle } = await watchedApi();
    expect((await api.evaluate()).kpis.length).toBeGreaterThan(0);
    fake.editCell("Plan", 0, "Actual", 5);
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test("once the chunk can be fetched again, the next Recalculate loads it and runs", async () => {
    const fake = planWorkbook();
    const api = createOfficeApi(fake.run);
    await expect(api.recalculate()).rejects.toThrow(PART_NOT_LOADED);
    chunkAvailable = true;
    const report = await api.recalculate();
    expect(report.evaluation.kpis.length).toBeGreaterThan(0);
    expect(fake.syncCount).toBeGreaterThan(0);
  });
});
