/** `kpi-tracker recalc FILE (-o OUT | --in-place) [--as-of YYYY-MM-DD]`: fill the computed columns. */
import { STATUSES } from "../../core/types";
import { serialToIso } from "../../core/dates";
import type { RecalcReport } from "../../workbook/addinApi";
import { recalculateWorkbook } from "../../workbook/recalculate";
import { asOfOption } from "../args";
import { count, UsageError } from "../io";
import { IN_PLACE_OPTION, OUTPUT_OPTIONS, REPORT_OPTIONS, onePositional, outputFile } from "../outputFiles";
import { terminalProgress } from "../progress";
import { updateWorkbook } from "../workbookUpdate";
import type { Command } from "./command";

export function recalcSummary(report: RecalcReport, target: string): string[] {
  const { evaluation } = report;
  const counts = STATUSES.map((status) => [status, evaluation.kpis.filter((k) => k.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  const errors = evaluation.problems.filter((p) => p.severity === "error").length;
  const warnings = evaluation.problems.length - errors;
  const lines = [
    `Recalculated as of ${serialToIso(evaluation.asOf)}: ${report.rowsWritten} rows written to ${target}.`,
    `KPIs: ${evaluation.kpis.length}${counts.length > 0 ? ` (${counts.join(", ")})` : ""}.`,
  ];
  if (evaluation.problems.length > 0) {
    lines.push(`${count(errors, "error")} and ${count(warnings, "warning")} in the plan; run "kpi-tracker validate ${target}" to list them.`);
  }
  return lines;
}

/** The report of --json: what was written, the statuses counted, every problem. */
export function recalcJson(report: RecalcReport, target: string): object {
  const { evaluation } = report;
  const statuses = Object.fromEntries(STATUSES.map((status) => [status, evaluation.kpis.filter((k) => k.status === status).length]));
  const errors = evaluation.problems.filter((p) => p.severity === "error").length;
  return {
    file: target,
    asOf: serialToIso(evaluation.asOf),
    rowsWritten: report.rowsWritten,
    kpis: evaluation.kpis.length,
    statuses,
    errors,
    warnings: evaluation.problems.length - errors,
    problems: evaluation.problems,
  };
}

export const recalcCommand: Command = {
  name: "recalc",
  summary: "fill the computed columns (statuses, progress, RSP rollups) of a workbook",
  usage: "FILE (-o OUT | --in-place) [--as-of YYYY-MM-DD] [--json] [--quiet]",
  options: {
    ...OUTPUT_OPTIONS,
    ...IN_PLACE_OPTION,
    ...REPORT_OPTIONS,
    "as-of": { type: "string", valueName: "YYYY-MM-DD", description: "evaluate on this date instead of Settings As of / today" },
  },
  async run(args, io) {
    const input = onePositional(args, "FILE (the workbook to recalculate)");
    const asOf = asOfOption(args.options["as-of"]);
    const inPlace = args.options["in-place"] === true;
    if (inPlace && args.options.output !== undefined) throw new UsageError("use either -o OUT or --in-place, not both");
    const output = inPlace ? input : outputFile(args, input);
    if (!output) throw new UsageError("missing -o OUT or --in-place (where to write the result)");
    const progress = terminalProgress(io.stderr, args.options.quiet === true);
    const report = await updateWorkbook(input, output, (gateway) => recalculateWorkbook(gateway, asOf === undefined ? {} : { asOf }), progress);
    if (args.options.json === true) io.stdout.write(`${JSON.stringify(recalcJson(report, output), null, 2)}\n`);
    else for (const line of recalcSummary(report, output)) io.stdout.write(`${line}\n`);
    return 0;
  },
};
