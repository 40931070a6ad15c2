/**
 * Single-cell writes (WriteBatch.cells) and formula reads (formulasOf) in the .xlsx gateway, and
 * Settings formulas surviving a threshold change (issue 10, item 6).
 */
import ExcelJS from "exceljs";
import { isoToSerial, serialToDate } from "../../src/core/dates";
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { WorkbookError } from "../../src/workbook/gateway";
import { readSettings } from "../../src/workbook/settings";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { setThresholds } from "../../src/workbook/thresholdsOperation";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { tempFolder } from "./helpers";

const CACHED_TODAY = isoToSerial("2023-07-01")!;

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());
jest.setTimeout(60_000);

/** The bundled Settings table saved to a file, then "As of" typed as =TODAY() in Excel (which caches the result). */
async function settingsFile(): Promise<{ file: string; keys: string[] }> {
  const file = folder.file("settings.xlsx");
  const gateway = new XlsxGateway();
  await gateway.createTables(bundleToTableSpecs(BUNDLED_PLAN).filter((spec) => spec.name === "Settings"));
  await gateway.save(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Settings")!;
  const keys: string[] = [];
  sheet.eachRow((row, number) => void (number > 1 && keys.push(String(row.getCell(1).value))));
  sheet.getCell(keys.indexOf("As of") + 2, 2).value = { formula: "TODAY()", result: serialToDate(CACHED_TODAY) };
  await workbook.xlsx.writeFile(file);
  return { file, keys };
}

async function settingsCells(file: string): Promise<Array<{ address: string; value: unknown; numFmt: string | undefined }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: Array<{ address: string; value: unknown; numFmt: string | undefined }> = [];
  workbook.getWorksheet("Settings")!.eachRow((row) =>
    row.eachCell((cell) => cells.push({ address: cell.address, value: JSON.parse(JSON.stringify(cell.value)), numFmt: cell.numFmt })),
  );
  return cells;
}

function changedAddresses(before: Awaited<ReturnType<typeof settingsCells>>, after: Awaited<ReturnType<typeof settingsCells>>): string[] {
  const old = new Map(before.map((cell) => [cell.address, JSON.stringify(cell)]));
  return after.filter((cell) => old.get(cell.address) !== JSON.stringify(cell)).map((cell) => cell.address);
}

describe("XlsxGateway: single cells and formulas", () => {
  it("reads which Settings cells hold formulas, with the cached result as the value", async () => {
    const { file, keys } = await settingsFile();
    const gateway = await XlsxGateway.open(file);
    const table = (await gateway.read(["Settings"], { formulasOf: ["Settings"] })).tables.Settings!;
    const asOf = keys.indexOf("As of");
    expect(table.formulas![asOf]).toEqual([false, true]);
    expect(table.formulas!.flat().filter(Boolean)).toHaveLength(1);
    expect(readSettings(table).settings.asOf).toBe(CACHED_TODAY);
    expect((await gateway.read(["Settings"])).tables.Settings!.formulas).toBeUndefined();
  });

  it("a cell write changes that cell only, with its own number format", async () => {
    const { file } = await settingsFile();
    const before = await settingsCells(file);
    const gateway = await XlsxGateway.open(file);
    await gateway.write({ cells: [{ table: "Settings", column: "value", row: 1, value: 45000, numberFormat: "yyyy-mm-dd" }] });
    await gateway.save(file);
    const after = await settingsCells(file);
    expect(changedAddresses(before, after)).toEqual(["B3"]);
    expect(after.find((cell) => cell.address === "B3")!.numFmt).toBe("yyyy-mm-dd");
    await expect(gateway.write({ cells: [{ table: "Settings", column: "Value", row: 500, value: 1 }] })).rejects.toThrow(WorkbookError);
  });

  it("setting thresholds keeps As of = =TODAY() and every other Settings cell", async () => {
    const { file, keys } = await settingsFile();
    const before = await settingsCells(file);
    const gateway = await XlsxGateway.open(file);
    await setThresholds(gateway, { onTrackAt: 0.9, atRiskAt: 0.7 });
    await gateway.save(file);
    const after = await settingsCells(file);
    const address = (key: string) => `B${keys.indexOf(key) + 2}`;
    expect(changedAddresses(before, after).sort()).toEqual([address("On track at"), address("At risk at")].sort());
    expect(after.find((cell) => cell.address === address("As of"))!.value).toMatchObject({ formula: "TODAY()" });
  });
});
