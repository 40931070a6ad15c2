/**
 * Workbooks as Excel, Google Sheets, openpyxl and LibreOffice write them (tests/fixtures/xlsx,
 * see its README): each is read, recalculated and given a status sheet, and a raw-XML diff shows
 * that only the owned cells and parts changed; the output opens in Excel as cleanly as the input.
 */
import { copyFileSync } from "fs";
import * as path from "path";
import { TABLES, TABLE_NAMES, computedColumns } from "../../src/workbook/schema";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { runCli } from "../cli/cliHarness";
import { tempFolder } from "./helpers";
import { validateXlsx } from "./ooxmlCheck";
import { diffPackages, inColumns, partsOf, tablePlace } from "./packageDiff";

const FIXTURES = path.join(__dirname, "..", "fixtures", "xlsx");
const TOOLS = ["excel-style", "google-style", "openpyxl", "libreoffice"];
const COMPUTED = ["RSP", "Plan", "WorkPlan"] as const;

let folder: ReturnType<typeof tempFolder>;
beforeAll(() => (folder = tempFolder()));
afterAll(() => folder.remove());
jest.setTimeout(120_000);

/** Output may not be worse than input in Excel's eyes (openpyxl's own inlineStr warnings stay). */
function expectNoNewValidatorProblems(input: string, output: string): void {
  const before = validateXlsx(input);
  if (before.skipped) return;
  const after = validateXlsx(output);
  expect(after.problems.filter((p) => !before.problems.includes(p))).toEqual([]);
}

describe.each(TOOLS)("a workbook written by %s", (tool) => {
  const input = (): string => {
    const file = folder.file(`${tool}.xlsx`);
    copyFileSync(path.join(FIXTURES, `${tool}.xlsx`), file);
    return file;
  };

  it("reads every table", async () => {
    const { tables } = await (await XlsxGateway.open(input())).read(TABLE_NAMES);
    for (const name of TABLE_NAMES) expect(tables[name]?.headers.slice(0, TABLES[name].columns.length)).toEqual(TABLES[name].columns.map((c) => c.header));
    expect(tables.Plan!.rows).toHaveLength(60);
    expect(tables.Members!.rows).toHaveLength(33);
  });

  it("recalc changes only the computed columns' cells", async () => {
    const file = input();
    const out = folder.file(`${tool}-recalc.xlsx`);
    const run = await runCli(["recalc", file, "--as-of", "2023-07-01", "-o", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const before = partsOf(file);
    const after = partsOf(out);
    const diff = diffPackages(before, after);
    const places = COMPUTED.map((name) => ({ name, place: tablePlace(before, name) }));
    const owned = new Set([...places.map((p) => p.place.sheetPart), "xl/styles.xml"]);
    const calcChainGone = diff.removed.includes("xl/calcChain.xml");
    if (calcChainGone) ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"].forEach((p) => owned.add(p));
    expect(diff.changed.filter((p) => !owned.has(p))).toEqual([]);
    expect(diff.removed.filter((p) => p !== "xl/calcChain.xml")).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.layoutChanged).toEqual([]);
    const stray = diff.cellChanges.filter(
      (change) => !places.some(({ name, place }) => place.sheetPart === change.part && inColumns(place, computedColumns(name).map((c) => c.header), change.ref))
    );
    expect(stray).toEqual([]);
    expect(diff.cellChanges.length).toBeGreaterThan(0);
    expectNoNewValidatorProblems(file, out);
  });

  it("status adds its sheet and History rows, nothing else", async () => {
    const file = input();
    const out = folder.file(`${tool}-status.xlsx`);
    const run = await runCli(["status", file, "--as-of", "2023-07-01", "-o", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const before = partsOf(file);
    const after = partsOf(out);
    const diff = diffPackages(before, after);
    const history = tablePlace(before, "History");
    const owned = new Set([history.sheetPart, history.tablePart, "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);
    expect(diff.changed.filter((p) => !owned.has(p))).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    const grown = tablePlace(after, "History");
    const stray = diff.cellChanges.filter((c) => c.part !== history.sheetPart || !inColumns(grown, grown.headers, c.ref));
    expect(stray).toEqual([]);
    const { tables } = await (await XlsxGateway.open(out)).read(["History", "Plan"]);
    expect(tables.History!.rows).toHaveLength(tables.Plan!.rows.length);
    expectNoNewValidatorProblems(file, out);
  });
});
