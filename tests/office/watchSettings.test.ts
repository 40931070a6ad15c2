import { createOfficeApi } from "../../src/office/officeApi";
import { planWorkbook } from "./fixtures";

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("onDataChanged beyond Plan (issue 12)", () => {
  test("edits to Settings (As of, thresholds) and RSP refresh the pane like Plan edits; RSP's computed columns do not", async () => {
    const fake = planWorkbook();
    const api = createOfficeApi(fake.run, { debounceMs: 20 });
    const handler = jest.fn();
    await api.onDataChanged(handler);
    await api.recalculate();
    await settle(60);
    expect(handler).not.toHaveBeenCalled();

    fake.editCell("Settings", 0, "Value", "Renamed plan");
    await settle(60);
    expect(handler).toHaveBeenCalledTimes(1);

    fake.editCell("RSP", 0, "Description", "Changed");
    await settle(60);
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
