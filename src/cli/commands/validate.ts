/** `kpi-tracker validate FILE [--json]`: every problem in the plan, one per line; exit 1 on errors. */
import type { Problem } from "../../workbook/model";
import { PLAN_INPUT_TABLES } from "../../workbook/inputTables";
import { validateWorkbook } from "../../workbook/evaluate";
import { XlsxGateway } from "../../xlsx/xlsxGateway";
import { count } from "../io";
import { onePositional } from "../outputFiles";
import type { Command } from "./command";

/** "error: Plan!H12 (Plan row 11, column Target): Target "abc": expected …" */
export function problemLine(problem: Problem): string {
  const place = [
    problem.row !== null ? `${problem.table} row ${problem.row + 1}` : `table ${problem.table}`,
    problem.column !== null ? `column ${problem.column}` : null,
  ]
    .filter((part) => part !== null)
    .join(", ");
  const where = problem.address ? `${problem.address} (${place})` : place;
  return `${problem.severity}: ${where}: ${problem.message}`;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "list every problem in a workbook (exit 1 when there is an error)",
  usage: "FILE [--json]",
  options: { json: { type: "boolean", description: "print the problems as JSON" } },
  async run(args, io) {
    const file = onePositional(args, "FILE (the workbook to check)");
    const gateway = await XlsxGateway.open(file);
    const problems = validateWorkbook(await gateway.read(PLAN_INPUT_TABLES));
    const errors = problems.filter((p) => p.severity === "error").length;
    const warnings = problems.length - errors;
    if (args.options.json === true) {
      io.stdout.write(`${JSON.stringify({ file, errors, warnings, problems }, null, 2)}\n`);
    } else {
      for (const problem of problems) io.stdout.write(`${problemLine(problem)}\n`);
      io.stdout.write(problems.length === 0 ? `No problems in ${file}.\n` : `${count(errors, "error")}, ${count(warnings, "warning")} in ${file}.\n`);
    }
    return errors > 0 ? 1 : 0;
  },
};
