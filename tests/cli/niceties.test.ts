/** --version, --json reports, and progress on a terminal only (never when piped or --quiet). */
import { readFileSync } from "fs";
import * as path from "path";
import { Readable } from "stream";
import { main } from "../../src/cli/main";
import { terminalProgress } from "../../src/cli/progress";
import { tempFolder } from "../xlsx/helpers";
import { runCli } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;
let template: string;
jest.setTimeout(120_000);

beforeAll(async () => {
  folder = tempFolder();
  template = folder.file("template.xlsx");
  expect((await runCli(["template", "-o", template])).code).toBe(0);
});
afterAll(() => folder.remove());

/** main() with a standard error that claims to be a terminal. */
async function onTerminal(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdin: Readable.from([""]),
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { isTTY: true, write: (s: string) => void (stderr += s) },
  });
  return { code, stdout, stderr };
}

describe("kpi-tracker niceties", () => {
  it("--version prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `kpi-tracker ${version}\n`, stderr: "" });
  });

  it("recalc --json reports the file, date, counts and problems", async () => {
    const out = folder.file("r.xlsx");
    const run = await runCli(["recalc", template, "--as-of", "2023-07-01", "-o", out, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ file: out, asOf: "2023-07-01", kpis: 60 });
    expect(Object.values(report.statuses as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(60);
    expect(Array.isArray(report.problems)).toBe(true);
  });

  it("status --json reports the sheet and History rows", async () => {
    const out = folder.file("s.xlsx");
    const run = await runCli(["status", template, "--as-of", "2023-07-01", "-o", out, "--json"]);
    expect(JSON.parse(run.stdout)).toEqual({ file: out, sheet: "Status 2023-07-01", kpis: 60, historyRows: 60 });
  });

  it("shows nothing on a pipe, and nothing under --quiet on a terminal", async () => {
    expect((await runCli(["recalc", template, "--as-of", "2023-07-01", "-o", folder.file("p.xlsx")])).stderr).toBe("");
    expect((await onTerminal(["recalc", template, "--as-of", "2023-07-01", "-o", folder.file("q.xlsx"), "--quiet"])).stderr).toBe("");
  });

  it("on a terminal, shows phases only once a run has taken a second, and clears its line at the end", () => {
    let clock = 0;
    let text = "";
    const progress = terminalProgress({ isTTY: true, write: (s) => void (text += s) }, false, () => clock);
    progress.phase("reading plan.xlsx");
    expect(text).toBe("");
    clock = 1500;
    progress.phase("evaluating 60 KPI rows");
    expect(text).toContain("evaluating 60 KPI rows");
    progress.done();
    expect(text.endsWith("\r\x1b[2K")).toBe(true);
    let piped = "";
    const none = terminalProgress({ write: (s) => void (piped += s) }, false, () => 5000);
    none.phase("reading");
    none.done();
    expect(piped).toBe("");
  });
});
