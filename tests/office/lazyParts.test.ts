/**
 * Operations the pane loads on first use: when their code cannot be fetched (a chunk request
 * that fails), the pane gets plain words and nothing in the workbook is read or written.
 */
import { WorkbookError } from "../../src/workbook/gateway";
import { PART_NOT_LOADED } from "../../src/office/lazyPart";
import { countingRun, planWorkbook } from "./fixtures";

// In the browser these are separate chunks; here their require fails as a 404'd chunk would.
jest.mock("../../src/workbook/statusSheet", () => {
  throw new Error("Loading chunk status-sheet failed.");
});
jest.mock("../../src/workbook/importOperation", () => {
  throw new Error("Loading chunk import failed.");
});

import { createOfficeApi } from "../../src/office/officeApi";

describe("a part that cannot be loaded", () => {
  test.each([
    ["generateStatusSheet", (api: ReturnType<typeof createOfficeApi>) => api.generateStatusSheet()],
    ["importPlanText", (api: ReturnType<typeof createOfficeApi>) => api.importPlanText("1. Pillar\na) An action\tAt least 3")],
  ])("%s rejects in plain words before any Excel.run", async (_name, call) => {
    const fake = planWorkbook();
    const sheets = fake.state.sheets.map((sheet) => sheet.name);
    const counted = countingRun(fake);
    const api = createOfficeApi(counted.run);
    const failure = call(api);
    await expect(failure).rejects.toBeInstanceOf(WorkbookError);
    await expect(failure).rejects.toThrow(PART_NOT_LOADED);
    expect(counted.runs()).toBe(0);
    expect(fake.syncCount).toBe(0);
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(sheets);
  });

  test("what Overview needs does not depend on those parts", async () => {
    const fake = planWorkbook();
    const evaluation = await createOfficeApi(fake.run).evaluate();
    expect(evaluation.kpis.length).toBeGreaterThan(0);
  });
});
