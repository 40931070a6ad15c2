import { watchedApi } from "./watchedApi";

describe("onDataChanged beyond Plan (issue 12)", () => {
  test("edits to Settings (As of, thresholds) and RSP refresh the pane like Plan edits; RSP's computed columns do not", async () => {
    const { fake, api, handler, settle } = await watchedApi();
    await api.recalculate();
    await settle();
    expect(handler).not.toHaveBeenCalled();

    fake.editCell("Settings", 0, "Value", "Renamed plan");
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);

    fake.editCell("RSP", 0, "Description", "Changed");
    await settle();
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
