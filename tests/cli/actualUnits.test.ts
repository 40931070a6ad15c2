/** From the command line: a share target's Actual typed as 70 is flagged on its cell and not scored (never "On track at 9333%"). */
import ExcelJS from "exceljs";
import { findColumn } from "../../src/workbook/schema";
import { cellAddress } from "../../src/workbook/cells";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;
beforeAll(() => (folder = tempFolder()));
afterAll(() => folder.remove());
jest.setTimeout(60_000);

it("validate names the cell, recalc writes Invalid with an empty Progress", async () => {
  const file = folder.file("plan.xlsx");
  expect((await runCli(["template", "-o", file])).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const plan = workbook.getWorksheet("Plan")!;
  const headers = (plan.getRow(1).values as unknown[]).slice(1).map(String);
  let address = "";
  plan.eachRow((row, number) => {
    if (number > 1 && row.getCell(headers.indexOf("Ref") + 1).value === "3-d") {
      const column = headers.indexOf("Actual");
      row.getCell(column + 1).value = 70;
      address = cellAddress("Plan", number - 1, column);
    }
  });
  await workbook.xlsx.writeFile(file);

  const validate = await runCli(["validate", file]);
  expect(validate.code).toBe(1);
  expect(validate.stdout).toContain(
    `error: ${address} (Plan row ${Number(address.replace(/\D+/g, "")) - 1}, column Actual): 70 looks like a percentage typed as a whole number: type 70% or 0.7. This KPI is not scored until it is fixed\n`
  );

  expect((await runCli(["recalc", file, "--in-place", "--as-of", "2023-07-01"])).code).toBe(0);
  const table = (await (await XlsxGateway.open(file)).read(["Plan"])).tables.Plan!;
  const row = table.rows.find((r) => r[findColumn(table.headers, "Ref")] === "3-d")!;
  expect(row[findColumn(table.headers, "Status")]).toBe("Invalid");
  expect(row[findColumn(table.headers, "Progress")]).toBeNull();
  expect(String(row[findColumn(table.headers, "Note")])).toMatch(/^70 looks like a percentage/);
});
