/** Safe writes: read-only files, kept permissions, one writer at a time, no temporary leftovers. */
import { spawnSync } from "child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import * as os from "os";
import { XlsxGateway } from "../../src/xlsx/xlsxGateway";
import { forgetOnExit, removeOnExit } from "../../src/xlsx/exitCleanup";
import { lockFileOf } from "../../src/xlsx/fileLock";
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
afterEach(() => delete process.env.KPI_TRACKER_LOCK_WAIT_MS);

function copyOf(name: string): string {
  const file = folder.file(name);
  writeFileSync(file, readFileSync(template));
  return file;
}

const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid!;
const mode = (file: string): number => statSync(file).mode & 0o777;

describe("safe writes", () => {
  it("--in-place on a read-only file fails with exit 1 and leaves its bytes and mode alone (also as root)", async () => {
    const file = copyOf("readonly.xlsx");
    chmodSync(file, 0o444);
    const bytes = readFileSync(file);
    const run = await runCli(["recalc", file, "--as-of", "2023-07-01", "--in-place"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("it is read-only");
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(mode(file)).toBe(0o444);
  });

  it("keeps the file's mode on success", async () => {
    const file = copyOf("private.xlsx");
    chmodSync(file, 0o640);
    expect((await runCli(["recalc", file, "--as-of", "2023-07-01", "--in-place"])).code).toBe(0);
    expect(mode(file)).toBe(0o640);
  });

  it("fails while another live kpi-tracker holds the lock, naming its pid, and changes nothing", async () => {
    const file = copyOf("plan.xlsx");
    writeFileSync(lockFileOf(file), JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
    process.env.KPI_TRACKER_LOCK_WAIT_MS = "300";
    const bytes = readFileSync(file);
    const run = await runCli(["status", file, "--as-of", "2023-07-01", "--in-place"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`plan.xlsx is being written by another kpi-tracker (pid ${process.pid}`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(lockFileOf(file))).toBe(true);
  });

  it("takes over a stale lock (its process is gone) and removes its own lock afterwards", async () => {
    const file = copyOf("stale.xlsx");
    writeFileSync(lockFileOf(file), JSON.stringify({ pid: deadPid(), host: os.hostname(), since: "2020-01-01T00:00:00Z" }));
    expect((await runCli(["recalc", file, "--as-of", "2023-07-01", "--in-place"])).code).toBe(0);
    expect(existsSync(lockFileOf(file))).toBe(false);
  });

  it("two runs on one file at once both land: the second waits for the first", async () => {
    const file = copyOf("twice.xlsx");
    process.env.KPI_TRACKER_LOCK_WAIT_MS = "100000";
    const runs = await Promise.all([
      runCli(["status", file, "--as-of", "2023-07-01", "--in-place"]),
      runCli(["status", file, "--as-of", "2023-07-01", "--in-place"]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const { tables, sheetNames } = await (await XlsxGateway.open(file)).read(["History", "Plan"]);
    expect(tables.History!.rows).toHaveLength(2 * tables.Plan!.rows.length);
    expect(sheetNames.filter((n) => n.startsWith("Status"))).toHaveLength(2);
  });

  it("removes a temporary file a killed run left behind, and leaves none of its own", async () => {
    const file = copyOf("leftover.xlsx");
    const stale = folder.file(`.leftover.xlsx.${deadPid()}.1700000000000.tmp`);
    writeFileSync(stale, "partial");
    expect((await runCli(["recalc", file, "--as-of", "2023-07-01", "--in-place"])).code).toBe(0);
    expect(readdirSync(folder.dir).filter((n) => n.startsWith(".leftover"))).toEqual([]);
  });

  it("removes pending temporary files when interrupted by a signal", () => {
    const file = folder.file(".signal.xlsx.1.2.tmp");
    writeFileSync(file, "partial");
    const exit = jest.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    try {
      removeOnExit(file);
      process.emit("SIGTERM", "SIGTERM");
      expect(existsSync(file)).toBe(false);
      expect(exit).toHaveBeenCalledWith(143);
    } finally {
      forgetOnExit(file);
      exit.mockRestore();
    }
  });
});
