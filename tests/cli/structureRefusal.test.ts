/**
 * A renamed required column (DESIGN.md §2): validate says which one and what looks like it;
 * recalc and status --in-place refuse with the same words, exit 1 and leave the file's bytes as
 * they were (no computed column, no sheet, no History row).
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;
beforeAll(() => (folder = tempFolder()));
afterAll(() => folder.remove());

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The template with one header of one table renamed, in the table's definition and its header cell. */
async function withRenamedHeader(table: string, from: string, to: string, name: string): Promise<string> {
  const template = folder.file(`template-${name}`);
  expect((await runCli(["template", "-o", template])).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.worksheets.find((ws) => ws.getTable(table) !== undefined)!;
  const definition = (sheet.getTable(table) as unknown as { table: { columns: Array<{ name: string }> } }).table;
  const index = definition.columns.findIndex((c) => c.name === from);
  expect(index).toBeGreaterThanOrEqual(0);
  definition.columns[index].name = to;
  const headerRow = sheet.getRow(1);
  headerRow.eachCell((cell) => {
    if (cell.value === from) cell.value = to;
  });
  const file = folder.file(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("kpi-tracker with a renamed required column", () => {
  it("validate names it; recalc and status refuse, exit 1, and leave the file's bytes unchanged", async () => {
    const file = await withRenamedHeader("Plan", "Target", "Target (2024)", "renamed-target.xlsx");
    const validate = await runCli(["validate", file]);
    expect(validate.code).toBe(1);
    const line = validate.stdout.split("\n").find((l) => l.includes('no "Target" column'));
    expect(line).toMatch(/^error: Plan!\w+1 \(table Plan, column Target\): Table Plan has no "Target" column; the column "Target \(2024\)" \(Plan!\w+1\) looks like it: rename it to "Target"\.$/);
    const message = line!.replace(/^error: [^:]+\): /, "");

    const before = sha(file);
    for (const [command, operation] of [["recalc", "Recalculate"], ["status", "Status sheet"]]) {
      const run = await runCli([command, file, "--in-place", "--as-of", "2023-07-01"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`kpi-tracker ${command}: ${operation} cannot run: ${message} Nothing was changed.\n`);
      expect(sha(file)).toBe(before);
    }
  });

  it("a missing WorkPlan Held on column is refused the same way", async () => {
    const file = await withRenamedHeader("WorkPlan", "Held on", "Date held", "renamed-held-on.xlsx");
    const before = sha(file);
    const run = await runCli(["status", file, "--in-place"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Table WorkPlan has no "Held on" column');
    expect(sha(file)).toBe(before);
  });
});
