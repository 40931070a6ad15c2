import { MemoryGateway } from "../support/memoryGateway";
import { setThresholds } from "../../src/workbook/thresholdsOperation";
import { WorkbookError } from "../../src/workbook/gateway";
import { byName, d, sampleTables, memoryTable } from "./fixtures";

describe("setThresholds", () => {
  it("changes only the two threshold values, in one read and one write", async () => {
    const tables = sampleTables();
    const gateway = new MemoryGateway(tables);
    await setThresholds(gateway, { onTrackAt: 0.95, atRiskAt: 0.85 });
    expect(gateway.calls).toEqual({ read: 1, write: 1, createTables: 0 });
    const before = byName(sampleTables(), "Settings");
    const values = gateway.column("Settings", "Value");
    const keys = gateway.column("Settings", "Key");
    expect(values[keys.indexOf("On track at")]).toBe(0.95);
    expect(values[keys.indexOf("At risk at")]).toBe(0.85);
    expect(values[keys.indexOf("Plan start")]).toBe(d("2022-07-01"));
    expect(gateway.table("Settings").rows.length).toBe(before.rows.length);
    expect(gateway.column("Settings", "Remark")).toEqual(before.rows.map((r) => r[2]));
  });

  it("appends a threshold row that is missing", async () => {
    const gateway = new MemoryGateway([memoryTable("Settings", ["Key", "Value"], [{ Key: "On track at", Value: 1 }])]);
    await setThresholds(gateway, { onTrackAt: 0.9, atRiskAt: 0.75 });
    expect(gateway.table("Settings").rows).toEqual([
      ["On track at", 0.9],
      ["At risk at", 0.75],
    ]);
  });

  it("refuses thresholds in the wrong order and a workbook without Settings", async () => {
    const gateway = new MemoryGateway();
    await expect(setThresholds(gateway, { onTrackAt: 0.5, atRiskAt: 0.8 })).rejects.toThrow(WorkbookError);
    await expect(setThresholds(gateway, { onTrackAt: 1, atRiskAt: 0.8 })).rejects.toThrow(/no table named "Settings"/);
    expect(gateway.calls.write).toBe(0);
  });
});

describe("setThresholds keeps Settings formulas", () => {
  const settings = () =>
    memoryTable("Settings", ["Key", "Value"], [
      { Key: "As of", Value: d("2023-07-01") },
      { Key: "On track at", Value: 1 },
      { Key: "At risk at", Value: 0.8 },
    ]);

  it("writes only the threshold cells that change, so As of = =TODAY() stays a formula", async () => {
    const table = { ...settings(), formulaCells: new Set(["0,1"]) };
    const gateway = new MemoryGateway([table]);
    await setThresholds(gateway, { onTrackAt: 0.9, atRiskAt: 0.8 });
    expect(gateway.table("Settings").formulaCells).toEqual(new Set(["0,1"]));
    expect(gateway.column("Settings", "Value")).toEqual([d("2023-07-01"), 0.9, 0.8]);
  });

  it("refuses to replace a threshold that is a formula, naming the cell, and writes nothing", async () => {
    const gateway = new MemoryGateway([{ ...settings(), formulaCells: new Set(["2,1"]) }]);
    await expect(setThresholds(gateway, { onTrackAt: 0.9, atRiskAt: 0.7 })).rejects.toThrow(/"At risk at" in Settings \(Settings!B4\) holds a formula/);
    expect(gateway.calls.write).toBe(0);
  });

  it("writes nothing when the thresholds are already those", async () => {
    const gateway = new MemoryGateway([settings()]);
    await setThresholds(gateway, { onTrackAt: 1, atRiskAt: 0.8 });
    expect(gateway.calls).toEqual({ read: 1, write: 0, createTables: 0 });
  });
});
