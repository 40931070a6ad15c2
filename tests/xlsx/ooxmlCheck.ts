/**
 * The shared offline oracle for "Excel opens this without a repair prompt":
 * ../shared/ooxml-check/validate.sh FILE --rules (ECMA-376 schemas plus the rules Excel enforces).
 * Where the validator or its python dependencies are missing the check is skipped with a
 * message, except under CI=true, where a missing tool is a failure.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync } from "fs";
import * as path from "path";

const CANDIDATES = [
  process.env.OOXML_CHECK,
  path.resolve(__dirname, "../../../shared/ooxml-check/validate.sh"),
  "/work/shared/ooxml-check/validate.sh",
].filter((p): p is string => typeof p === "string" && p.length > 0);

function pythonReady(): boolean {
  try {
    execFileSync("/usr/bin/python3", ["-c", "import lxml"], { stdio: "ignore" });
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The validator's path, or why it cannot run. */
export function ooxmlValidator(): { script: string } | { missing: string } {
  const script = CANDIDATES.find((p) => existsSync(p));
  if (!script) return { missing: `ooxml-check not found (looked in ${CANDIDATES.join(", ")}; set OOXML_CHECK)` };
  if (!pythonReady()) return { missing: "ooxml-check needs /usr/bin/python3 with lxml and xmllint" };
  return { script };
}

export interface ValidatorResult {
  skipped: string | null;
  /** ERROR and WARN lines (and failed parts); empty when Excel would open the file cleanly. */
  problems: string[];
}

export function validateXlsx(file: string): ValidatorResult {
  const validator = ooxmlValidator();
  if ("missing" in validator) {
    if (process.env.CI === "true") throw new Error(`${validator.missing} (CI=true: the check cannot be skipped)`);
    return { skipped: validator.missing, problems: [] };
  }
  const run = spawnSync(validator.script, [file, "--rules"], { encoding: "utf8" });
  const lines = `${run.stdout}\n${run.stderr}`.split("\n").filter((l) => l.trim() !== "");
  const problems = lines.filter((l) => /^(ERROR|WARN)\b/.test(l) || (/^\S+\.xml: /.test(l) && !/: ok$/.test(l)));
  if (run.status !== 0 && problems.length === 0) problems.push(`validate.sh exited ${run.status}: ${lines.slice(-3).join(" | ")}`);
  return { skipped: null, problems };
}

/** Jest helper: the file passes, or the test logs why the check was skipped. */
export function expectExcelOpens(file: string): void {
  const result = validateXlsx(file);
  if (result.skipped) {
    console.warn(`skipped the Excel-opens check of ${path.basename(file)}: ${result.skipped}`);
    return;
  }
  expect({ file: path.basename(file), problems: result.problems }).toEqual({ file: path.basename(file), problems: [] });
}
