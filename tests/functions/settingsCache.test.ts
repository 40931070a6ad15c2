/** Which Settings problems stop the functions from taking defaults, and a failed read. */
import { SettingsCache, settingsFromTable } from "../../src/functions/settingsCache";
import type { TableData } from "../../src/workbook/gateway";

const settings = (rows: Array<[string, string | number | null]>): TableData => ({
  name: "Settings",
  sheet: "Settings",
  headers: ["Key", "Value"],
  rows,
  origin: { row: 0, col: 0 },
});

describe("settingsFromTable", () => {
  test("no table: no settings, so start and end become required", () => {
    expect(settingsFromTable(null)).toEqual({ settings: null });
  });

  test("a problem in a key the functions use is reported; one elsewhere is not", () => {
    expect(settingsFromTable(settings([["Plan start", "soon"]])).settingsProblem).toMatch(/^Plan start: /);
    expect(settingsFromTable(settings([["At risk at", "lots"]])).settingsProblem).toMatch(/^At risk at: /);
    const stale = settingsFromTable(settings([["Stale after days", "never"], ["Plan start", 44743]]));
    expect(stale.settingsProblem).toBeUndefined();
    expect(stale.settings?.planStart).toBe(44743);
  });
});

describe("SettingsCache", () => {
  test("a failed read gives no settings and is tried again on the next call", async () => {
    let calls = 0;
    const cache = new SettingsCache(async () => {
      calls += 1;
      throw new Error("GeneralException");
    });
    await expect(cache.get()).resolves.toEqual({ settings: null });
    await expect(cache.get()).resolves.toEqual({ settings: null });
    expect(calls).toBe(2);
  });
});
