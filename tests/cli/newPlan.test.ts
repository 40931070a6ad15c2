/** `kpi-tracker new`: an empty plan of the user's own, read back by the gateway and by LibreOffice. */
import { existsSync, writeFileSync } from "fs";
import * as path from "path";
import { isoToSerial } from "../../src/core/dates";
import { TABLE_NAMES } from "../../src/workbook/schema";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";
import { sheetsAsCsv, sofficeAvailable } from "./libreOffice";

const REFERENCE = path.join(__dirname, "fixtures", "reference");

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

const settingsOf = (rows: unknown[][]) => Object.fromEntries(rows.map((row) => [row[0], row[1]]));

async function newPlan(extra: string[] = []): Promise<string> {
  const file = folder.file("plan.xlsx");
  const run = await runCli([
    "new", "-o", file, "--name", "Harbour Authority Plan 2025-26", "--start", "2025-04-15", "--end", "2026-04-14",
    "--pillars", "Faster clearance; Safer ports ;", "--members", path.join(REFERENCE, "members.csv"), "--rsp", path.join(REFERENCE, "rsp.csv"),
    ...extra,
  ]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout).toContain('plan "Harbour Authority Plan 2025-26", 3 Members, 3 RSP milestones, 2 pillars');
  return file;
}

describe("kpi-tracker new", () => {
  it("writes the seven tables with the plan's Settings, the CSV's Members and RSP, and nothing else", async () => {
    const file = await newPlan();
    const snapshot = await (await XlsxGateway.open(file)).read(TABLE_NAMES);
    const settings = settingsOf(snapshot.tables.Settings!.rows);
    expect(settings).toMatchObject({
      "Plan name": "Harbour Authority Plan 2025-26",
      "Pillar 1": "Faster clearance",
      "Pillar 2": "Safer ports",
      "Plan start": isoToSerial("2025-04-15"),
      "Plan end": isoToSerial("2026-04-14"),
      "Fiscal year starts": 7,
    });
    expect(settings["Pillar 3"]).toBeUndefined();
    expect(snapshot.tables.Members!.rows.map((row) => row.slice(0, 3))).toEqual([
      ["FJ", "Fiji", "PI"],
      ["NP", "Nepal", "SA"],
      ["WS", "Samoa, Independent State of", "PI"],
    ]);
    expect(snapshot.tables.RSP!.rows.map((row) => row.slice(0, 3))).toEqual([
      ["1.1", 1, "Baseline survey, all sites"],
      ["1.1", 2, "Pilot"],
      ["2.1", 1, "Report"],
    ]);
    for (const name of ["Plan", "WorkPlan", "Updates", "History"]) expect(snapshot.tables[name]?.rows).toEqual([]);
  });

  it("validates clean and recalculates with no KPIs", async () => {
    const file = await newPlan();
    expect(await runCli(["validate", file])).toMatchObject({ code: 0, stdout: `No problems in ${file}.\n` });
    expect((await runCli(["recalc", file, "--in-place"])).code).toBe(0);
  });

  it.each([
    [["-o", "x.xlsx", "--start", "2025-01-01", "--end", "2025-12-31"], "missing --name"],
    [["-o", "x.xlsx", "--name", "P", "--start", "2025-13-01", "--end", "2025-12-31"], '--start "2025-13-01" is not a date'],
    [["-o", "x.xlsx", "--name", "P", "--start", "2025-06-01", "--end", "2025-01-31"], "--end must be after --start"],
  ])("refuses a wrong command line %j", async (argv, message) => {
    const run = await runCli(["new", ...argv.map((a) => (a === "x.xlsx" ? folder.file(a) : a))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("names the CSV file and line of a broken Member row and writes nothing", async () => {
    const members = folder.file("members.csv");
    writeFileSync(members, "Code,Name\nFJ,Fiji\n,Nowhere\n");
    const out = folder.file("plan.xlsx");
    const run = await runCli(["new", "-o", out, "--name", "P", "--start", "2025-01-01", "--end", "2025-12-31", "--members", members]);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toBe(`kpi-tracker new: ${members} line 3: the Code is empty (each Member needs a code such as "ID")\n`);
    expect(existsSync(out)).toBe(false);
  });
});

const withSoffice = sofficeAvailable() ? it : it.skip;

describe("kpi-tracker new opened in LibreOffice", () => {
  withSoffice(
    "shows the Settings, Members and RSP",
    async () => {
      const file = await newPlan();
      const sheets = sheetsAsCsv(file, folder.dir);
      const settings = settingsOf(sheets.Settings.slice(1));
      expect(settings["Plan name"]).toBe("Harbour Authority Plan 2025-26");
      expect(settings["Plan start"]).toBe("2025-04-15");
      expect(settings["Plan end"]).toBe("2026-04-14");
      expect(sheets.Members.slice(1).map((row) => row[0])).toEqual(["FJ", "NP", "WS"]);
      expect(sheets.RSP.slice(1).map((row) => row.slice(0, 2))).toEqual([["1.1", "1"], ["1.1", "2"], ["2.1", "1"]]);
      expect(sheets.Plan.length).toBe(1);
    },
    120_000
  );
});
