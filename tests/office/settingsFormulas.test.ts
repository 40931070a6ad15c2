/**
 * Single-cell writes (WriteBatch.cells) and formula reads (formulasOf) in the Office.js gateway,
 * and Settings formulas surviving a threshold change (issue 10, item 6).
 */
import { todaySerial } from "../../src/core/dates";
import { OfficeGateway } from "../../src/office/officeGateway";
import { WorkbookError } from "../../src/workbook/gateway";
import { readSettings } from "../../src/workbook/settings";
import { setThresholds } from "../../src/workbook/thresholdsOperation";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { bundleTables } from "./fixtures";

function settingsWorkbook(): FakeExcel {
  const fake = createFakeExcel({ tables: bundleTables().filter((t) => t.name === "Settings") });
  const keys = fake.column("Settings", "Key");
  fake.editCell("Settings", keys.indexOf("As of"), "Value", "=TODAY()");
  return fake;
}

const settingsCells = (fake: FakeExcel) =>
  [...fake.sheet("Settings").cells.entries()].map(([key, cell]) => ({ key, value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat }));

describe("OfficeGateway: single cells and formulas", () => {
  it("reads which Settings cells hold formulas, with the formula's result as the value", async () => {
    const fake = settingsWorkbook();
    const keys = fake.column("Settings", "Key");
    const snapshot = await fake.run((context) => new OfficeGateway(context).read(["Settings"], { formulasOf: ["Settings"] }));
    const table = snapshot.tables.Settings!;
    const asOf = keys.indexOf("As of");
    expect(table.formulas![asOf]).toEqual([false, true]);
    expect(table.formulas!.flat().filter(Boolean)).toHaveLength(1);
    expect(table.rows[asOf][1]).toBe(todaySerial());
    expect(readSettings(table).settings.asOf).toBe(todaySerial());

    const plain = await fake.run((context) => new OfficeGateway(context).read(["Settings"]));
    expect(plain.tables.Settings!.formulas).toBeUndefined();
  });

  it("a cell write changes that cell only, with its own number format, in one write sync", async () => {
    const fake = settingsWorkbook();
    const before = settingsCells(fake);
    await fake.run(async (context) => {
      const gateway = new OfficeGateway(context);
      await gateway.read(["Settings"]);
      fake.resetCounters();
      await gateway.write({ cells: [{ table: "Settings", column: "value", row: 1, value: 45000, numberFormat: "yyyy-mm-dd" }] });
    });
    // The write, then the sync that turns events back on and asks Excel to recalculate.
    expect(fake.syncCount).toBe(2);
    const after = settingsCells(fake);
    const changed = after.filter((cell, i) => JSON.stringify(cell) !== JSON.stringify(before[i]));
    expect(changed).toEqual([{ key: "2,1", value: 45000, formula: undefined, numberFormat: "yyyy-mm-dd" }]);
  });

  it("a cell write to a row the table does not have is refused in plain words, writing nothing", async () => {
    const fake = settingsWorkbook();
    const before = settingsCells(fake);
    await expect(
      fake.run((context) => new OfficeGateway(context).write({ cells: [{ table: "Settings", column: "Value", row: 500, value: 1 }] })),
    ).rejects.toThrow(WorkbookError);
    expect(settingsCells(fake)).toEqual(before);
  });

  it("setting thresholds keeps As of = =TODAY() and every other Settings cell", async () => {
    const fake = settingsWorkbook();
    const keys = fake.column("Settings", "Key");
    const before = settingsCells(fake);
    await fake.run((context) => setThresholds(new OfficeGateway(context), { onTrackAt: 0.9, atRiskAt: 0.7 }));
    const after = settingsCells(fake);
    const changed = after.filter((cell, i) => JSON.stringify(cell) !== JSON.stringify(before[i])).map((cell) => cell.key);
    const row = (key: string) => `${keys.indexOf(key) + 1},1`;
    expect(changed.sort()).toEqual([row("On track at"), row("At risk at")].sort());
    expect(fake.sheet("Settings").cells.get(row("As of"))!.formula).toBe("=TODAY()");
  });

  it("a threshold cell holding a formula is refused, naming it, and nothing is written", async () => {
    const fake = settingsWorkbook();
    const keys = fake.column("Settings", "Key");
    fake.editCell("Settings", keys.indexOf("At risk at"), "Value", "=TODAY()");
    const before = settingsCells(fake);
    await expect(fake.run((context) => setThresholds(new OfficeGateway(context), { onTrackAt: 0.9, atRiskAt: 0.7 }))).rejects.toThrow(
      /"At risk at" in Settings \(Settings!B\d+\) holds a formula/,
    );
    expect(settingsCells(fake)).toEqual(before);
  });
});
