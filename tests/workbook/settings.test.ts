import { defaultSettings, readSettings, readThresholdValue, thresholdSettingWrites, thresholdRowsMissing } from "../../src/workbook/settings";
import { d, memoryTable, tableData } from "./fixtures";

function settingsTable(records: Array<{ Key: string; Value: string | number | null }>, headers = ["Key", "Value"]) {
  return tableData(memoryTable("Settings", headers, records));
}

describe("readSettings", () => {
  it("uses the defaults of DESIGN §2 when the table or a key is absent", () => {
    const expected = defaultSettings();
    expect(expected.planStart).toBe(d("2022-07-01"));
    expect(expected.planEnd).toBe(d("2024-06-30"));
    expect(expected.thresholds).toEqual({ onTrackAt: 1, atRiskAt: 0.8 });
    expect(expected.staleAfterDays).toBe(90);
    expect(expected.fiscalYearStartMonth).toBe(7);
    expect(readSettings(null)).toEqual({ settings: expected, problems: [] });
    expect(readSettings(settingsTable([{ Key: "Unrelated", Value: "x" }]))).toEqual({ settings: expected, problems: [] });
  });

  it("reads every key, with values as numbers or text, keys in any case and spacing", () => {
    const { settings, problems } = readSettings(
      settingsTable(
        [
          { Key: "Plan name", Value: "SAP" },
          { Key: "pillar 3", Value: "Needs analysis" },
          { Key: "PLAN START", Value: d("2023-01-01") },
          { Key: "Plan  end", Value: d("2024-12-31") },
          { Key: "As of", Value: d("2024-03-31") },
          { Key: "Fiscal year starts", Value: "January" },
          { Key: "On track at", Value: "95%" },
          { Key: "At risk at", Value: "0.85" },
          { Key: "Stale after days", Value: "60" },
        ],
        ["Value", "Key"]
      )
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      planName: "SAP",
      pillars: { 3: "Needs analysis" },
      planStart: d("2023-01-01"),
      planEnd: d("2024-12-31"),
      asOf: d("2024-03-31"),
      fiscalYearStartMonth: 1,
      thresholds: { onTrackAt: 0.95, atRiskAt: 0.85 },
      staleAfterDays: 60,
    });
  });

  it("reads thresholds written as fractions, percentages or whole percents", () => {
    expect(readThresholdValue("100%")).toBe(1);
    expect(readThresholdValue("0.8")).toBe(0.8);
    expect(readThresholdValue("80%")).toBeCloseTo(0.8);
    expect(readThresholdValue(80)).toBeCloseTo(0.8);
    expect(readThresholdValue(1)).toBe(1);
    expect(readThresholdValue("high")).toBeNull();
    expect(readThresholdValue(-1)).toBeNull();
  });

  it("reports a date typed as text, naming Settings, the row and the Value column, and keeps the default", () => {
    const { settings, problems } = readSettings(
      settingsTable([
        { Key: "Plan name", Value: "SAP" },
        { Key: "Plan start", Value: "2022-07-01" },
      ])
    );
    expect(settings.planStart).toBe(d("2022-07-01"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", table: "Settings", row: 1, column: "Value", address: "Settings!B3" });
    expect(problems[0].message).toMatch(/Plan start: "2022-07-01" is a date stored as text/);
  });

  it("reports unreadable thresholds, months and days, and thresholds in the wrong order", () => {
    const { settings, problems } = readSettings(
      settingsTable([
        { Key: "On track at", Value: "high" },
        { Key: "Fiscal year starts", Value: 13 },
        { Key: "Stale after days", Value: "often" },
      ])
    );
    expect(settings.thresholds).toEqual({ onTrackAt: 1, atRiskAt: 0.8 });
    expect(problems.map((p) => p.row)).toEqual([1, 2, 0]);
    expect(problems.map((p) => p.message).join("\n")).toMatch(/On track at: "high" is not a threshold/);

    const reversed = readSettings(settingsTable([{ Key: "On track at", Value: 0.5 }, { Key: "At risk at", Value: 0.9 }]));
    expect(reversed.settings.thresholds).toEqual({ onTrackAt: 1, atRiskAt: 0.8 });
    expect(reversed.problems[0]).toMatchObject({ row: 1, column: "Value" });
  });

  it("reports a plan end before its start", () => {
    const { settings, problems } = readSettings(settingsTable([{ Key: "Plan start", Value: d("2024-01-01") }, { Key: "Plan end", Value: d("2023-01-01") }]));
    expect(settings.planEnd).toBe(d("2024-06-30"));
    expect(problems[0].message).toMatch(/Plan end must be after Plan start/);
  });
});

describe("thresholdSettingWrites", () => {
  it("writes only the On track at and At risk at cells that change, never the Value column", () => {
    const table = tableData({
      name: "Settings",
      sheet: "Settings",
      headers: ["Remark", "value", "Key"],
      rows: [
        ["a", "SAP", "Plan name"],
        [null, "80%", "At risk at"],
        [null, d("2022-07-01"), "Plan start"],
        [null, 1, "on track AT"],
      ],
    });
    expect(thresholdSettingWrites(table, { onTrackAt: 0.9, atRiskAt: 0.75 })).toEqual([
      { table: "Settings", column: "value", row: 3, value: 0.9 },
      { table: "Settings", column: "value", row: 1, value: 0.75 },
    ]);
    // "80%" already says 0.8: nothing to write for it.
    expect(thresholdSettingWrites(table, { onTrackAt: 0.9, atRiskAt: 0.8 })).toEqual([
      { table: "Settings", column: "value", row: 3, value: 0.9 },
    ]);
    expect(thresholdRowsMissing(table)).toEqual([]);
  });

  it("names the threshold rows that are missing (they are appended instead)", () => {
    const table = settingsTable([{ Key: "At risk at", Value: 0.8 }]);
    expect(thresholdRowsMissing(table)).toEqual(["On track at"]);
    expect(thresholdSettingWrites(table, { onTrackAt: 0.9, atRiskAt: 0.75 })).toEqual([
      { table: "Settings", column: "Value", row: 0, value: 0.75 },
    ]);
  });

  it("refuses to replace a threshold cell that holds a formula, naming the cell and key", () => {
    const table = settingsTable([
      { Key: "As of", Value: d("2023-07-01") },
      { Key: "On track at", Value: 1 },
    ]);
    table.formulas = [[false, true], [false, true]];
    expect(() => thresholdSettingWrites(table, { onTrackAt: 0.9, atRiskAt: 0.8 })).toThrow(
      /"On track at" in Settings \(Settings!B3\) holds a formula/,
    );
    // A formula whose value already is the threshold needs no write, so it is no problem.
    expect(thresholdSettingWrites(table, { onTrackAt: 1, atRiskAt: 0.8 })).toEqual([]);
  });
});
