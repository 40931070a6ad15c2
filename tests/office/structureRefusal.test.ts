/**
 * The pane's Recalculate (live and ribbon) and Status sheet go through the same structure check
 * as the command line: a renamed required column is refused in plain words, and nothing is written.
 */
import { createOfficeApi } from "../../src/office/officeApi";
import { createFakeExcel } from "../support/fakeExcel";
import { bundleTables, inputColumns, sheetCells } from "./fixtures";

function renamedTarget() {
  const tables = bundleTables();
  const plan = tables.find((t) => t.name === "Plan")!;
  plan.headers[plan.headers.indexOf("Target")] = "Target (2024)";
  return createFakeExcel({ tables, sheets: [{ name: "Notes", cells: [["my own sheet", 42]] }] });
}

describe("createOfficeApi with a renamed Target column", () => {
  test("recalculate, status sheet and validate name it; nothing is written", async () => {
    const fake = renamedTarget();
    const api = createOfficeApi(fake.run);
    const before = inputColumns(fake, {});
    const sheets = fake.state.sheets.map((s) => s.name);
    const notes = sheetCells(fake, "Notes");

    await expect(api.recalculate()).rejects.toThrow(/^Recalculate cannot run: Table Plan has no "Target" column; the column "Target \(2024\)" \(Plan!\w+1\) looks like it/);
    await expect(api.generateStatusSheet()).rejects.toThrow(/^Status sheet cannot run: Table Plan has no "Target" column/);
    const problems = await api.validate();
    expect(problems.filter((p) => p.severity === "error" && p.row === null).map((p) => [p.table, p.column])).toEqual([["Plan", "Target"]]);

    expect(inputColumns(fake, {})).toEqual(before);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(sheets);
    expect(sheetCells(fake, "Notes")).toEqual(notes);
  });
});
