/**
 * Opens workbooks in LibreOffice (headless) and reads each sheet back as CSV, as
 * scripts/libreoffice-check.js does. Without soffice the tests skip, except under CI=true.
 */
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from "fs";
import * as path from "path";
import { parseCsv } from "../../src/core/csv";

const PROFILE = path.resolve(__dirname, "..", "..", "..", "shared", "libreoffice");

export function sofficeAvailable(): boolean {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  const found = !probe.error && probe.status === 0;
  if (!found && process.env.CI === "true") throw new Error("soffice (LibreOffice) is not installed, and CI is set");
  return found;
}

/** Sheet name → rows of cells, for every sheet of `file`, as LibreOffice computes and shows them. */
export function sheetsAsCsv(file: string, workDir: string): Record<string, string[][]> {
  const profile = path.join(workDir, "lo-profile");
  if (!existsSync(profile)) {
    if (existsSync(PROFILE)) cpSync(PROFILE, profile, { recursive: true });
    else mkdirSync(profile, { recursive: true });
  }
  const outDir = path.join(workDir, `csv-${path.basename(file, ".xlsx")}`);
  mkdirSync(outDir, { recursive: true });
  // 44 = comma, 34 = double quote, 76 = UTF-8; the last token -1 exports every sheet to its own file.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", outDir, file],
    { encoding: "utf8", timeout: 90_000 }
  );
  if (run.error || run.status !== 0) throw new Error(`soffice exited ${run.status}: ${run.error?.message ?? run.stderr}`);
  const base = path.basename(file, ".xlsx");
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(outDir)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
    const sheet = name.slice(base.length + 1, -4);
    sheets[sheet] = parseCsv(readFileSync(path.join(outDir, name), "utf8")).map((record) => record.fields);
  }
  return sheets;
}
