import { createOfficeApi } from "../../src/office/officeApi";
import { planWorkbook } from "./fixtures";
import { afterEvents } from "../support/afterEvents";

const DEBOUNCE_MS = 20;

describe("onDataChanged beyond Plan (issue 12)", () => {
  test("edits to Settings (As of, thresholds) and RSP refresh the pane like Plan edits; RSP's computed columns do not", async () => {
    const fake = planWorkbook();
    const api = createOfficeApi(fake.run, { debounceMs: DEBOUNCE_MS });
    const handler = jest.fn();
    await api.onDataChanged(handler);
    await api.recalculate();
    await afterEvents(fake, DEBOUNCE_MS);
    expect(handler).not.toHaveBeenCalled();

    fake.editCell("Settings", 0, "Value", "Renamed plan");
    await afterEvents(fake, DEBOUNCE_MS);
    expect(handler).toHaveBeenCalledTimes(1);

    fake.editCell("RSP", 0, "Description", "Changed");
    await afterEvents(fake, DEBOUNCE_MS);
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
