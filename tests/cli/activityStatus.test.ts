/** From the command line: Cancelled and Postponed activities never count as held, whatever their dates. */
import ExcelJS from "exceljs";
import { findColumn } from "../../src/workbook/schema";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;
let template: string;
beforeAll(async () => {
  folder = tempFolder();
  template = folder.file("template.xlsx");
  expect((await runCli(["template", "-o", template])).code).toBe(0);
}, 60_000);
afterAll(() => folder.remove());
jest.setTimeout(60_000);

/**
 * The bundled plan with every work-plan activity dated 2023-06-01 and given `status` (Cancelled
 * and Postponed alternately when "called off"), and Plan's first Ref measured from activities.
 */
async function planWith(status: "called off" | "Held", name: string): Promise<{ file: string; ref: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const workPlan = workbook.getWorksheet("WorkPlan")!;
  const wp = headersOf(workPlan);
  let ref = "";
  workPlan.eachRow((row, number) => {
    if (number === 1) return;
    if (ref === "") ref = String(row.getCell(wp.indexOf("Refs") + 1).value).split(",")[0].trim();
    row.getCell(wp.indexOf("Status") + 1).value = status === "Held" ? "Held" : number % 2 === 0 ? "Cancelled" : "Postponed";
    row.getCell(wp.indexOf("Held on") + 1).value = new Date(Date.UTC(2023, 5, 1));
    row.getCell(wp.indexOf("Participants") + 1).value = 10;
    row.getCell(wp.indexOf("Women") + 1).value = 4;
  });
  const plan = workbook.getWorksheet("Plan")!;
  const ph = headersOf(plan);
  plan.eachRow((row, number) => {
    if (number > 1 && row.getCell(ph.indexOf("Ref") + 1).value === ref) row.getCell(ph.indexOf("Measure") + 1).value = "activities";
  });
  const file = folder.file(name);
  await workbook.xlsx.writeFile(file);
  return { file, ref };
}

async function planColumns(file: string, ref: string): Promise<{ progress: unknown; lastUpdate: unknown }> {
  const plan = (await (await XlsxGateway.open(file)).read(["Plan"])).tables.Plan!;
  const row = plan.rows.find((r) => r[findColumn(plan.headers, "Ref")] === ref)!;
  return { progress: row[findColumn(plan.headers, "Progress")], lastUpdate: row[findColumn(plan.headers, "Last update")] };
}

/** The status sheet's "Held" cells: the delivery table's Held column and the period list's Delivery column. */
/** Activities held per the status sheet's delivery table: its "Whole year" rows' Held column. */
async function heldOnStatusSheet(file: string): Promise<{ deliveryHeld: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets.find((ws) => ws.name.startsWith("Status "))!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  const header = rows.find((r) => r[0] === "Year" && r[1] === "Quarter")!;
  const held = header.indexOf("Held");
  const deliveryHeld = rows.filter((r) => r[1] === "Whole year").reduce((sum, r) => sum + Number(r[held] ?? 0), 0);
  return { deliveryHeld };
}

describe("kpi-tracker recalc and status with called-off activities that have Held on dates", () => {
  it("count them nowhere, and validate warns on each Held on cell", async () => {
    const off = await planWith("called off", "off.xlsx");
    const held = await planWith("Held", "held.xlsx");
    for (const { file } of [off, held]) {
      expect((await runCli(["recalc", file, "--in-place", "--as-of", "2023-07-01"])).code).toBe(0);
      expect((await runCli(["status", file, "--in-place", "--as-of", "2023-07-01"])).code).toBe(0);
    }
    expect(await planColumns(off.file, off.ref)).toEqual({ progress: 0, lastUpdate: null });
    const heldColumns = await planColumns(held.file, held.ref);
    expect(heldColumns.progress).toBeGreaterThan(0);
    expect(heldColumns.lastUpdate).not.toBeNull();

    expect(await heldOnStatusSheet(off.file)).toEqual({ deliveryHeld: 0 });
    expect((await heldOnStatusSheet(held.file)).deliveryHeld).toBeGreaterThan(0);

    const validate = await runCli(["validate", off.file]);
    expect(validate.stdout).toMatch(/^warning: WorkPlan!I2 \(WorkPlan row 1, column Held on\): Held on has the date 2023-06-01 but the Status is Cancelled; a Cancelled activity never counts as held/m);
    expect(validate.stdout).toMatch(/Status is Postponed; a Postponed activity never counts as held/);
  });
});
