/**
 * `kpi-tracker rollover plan.xlsx -o next.xlsx --start … --end … [--name …]`: start the next
 * plan from this one (src/workbook/rollover.ts). The old file is only read, never written.
 */
import * as path from "path";
import { serialToIso } from "../../core/dates";
import { rolloverWorkbook, type RolloverReport } from "../../workbook/rollover";
import { XlsxGateway } from "../../xlsx/xlsxGateway";
import { stringOption } from "../args";
import { CliError, count, UsageError } from "../io";
import { OUTPUT_OPTIONS, onePositional, outputFile } from "../outputFiles";
import { saveNewWorkbook } from "../workbookUpdate";
import { dateOption } from "../textFile";
import type { Command } from "./command";
import { checkPeriod } from "./new";

export function rolloverSummary(report: RolloverReport, output: string, start: number, end: number): string[] {
  const lines = [
    `Wrote ${output}: "${report.name}", ${serialToIso(start)} to ${serialToIso(end)}.`,
    `Plan: ${count(report.planRows, "row")} copied without actuals; ${count(report.baselinesFromActual, "Baseline")} set from the old Actual.`,
    `Kept: ${report.members} Members, ${report.rsp} RSP milestones, ${count(report.historyRows, "History row")}. WorkPlan and Updates are empty.`,
  ];
  if (report.ratesStartedAfresh.length > 0) {
    lines.push(`Start afresh (a per-year rate, or a measure counting Updates or WorkPlan rows, so the old Actual is no Baseline): ${report.ratesStartedAfresh.join(", ")}.`);
  }
  if (report.deadlinesCleared > 0) lines.push(`${count(report.deadlinesCleared, "Deadline")} outside the new period cleared (an empty Deadline means Plan end).`);
  if (report.userColumns.length > 0) lines.push(`User columns carried over: ${report.userColumns.join(", ")}.`);
  return lines;
}

export const rolloverCommand: Command = {
  name: "rollover",
  summary: "start the next plan from this one: new period, same Members, RSP and Plan rows without actuals, History kept",
  usage: 'FILE -o NEXT --start YYYY-MM-DD --end YYYY-MM-DD [--name "TEXT"] [--force]',
  options: {
    ...OUTPUT_OPTIONS,
    start: { type: "string", valueName: "YYYY-MM-DD", description: "the new plan's first day" },
    end: { type: "string", valueName: "YYYY-MM-DD", description: "the new plan's last day" },
    name: { type: "string", valueName: "TEXT", description: "the new plan's name (default: the old one with its years moved on)" },
  },
  async run(args, io) {
    const input = onePositional(args, "FILE (the workbook of the plan that ends)");
    const output = outputFile(args, input);
    if (!output) throw new UsageError("missing -o NEXT (where to write the next plan; the old file is not changed)");
    if (path.resolve(output) === path.resolve(input)) throw new CliError("-o must name a new file: rollover never changes the old plan");
    const start = dateOption(args.options.start, "start");
    const end = dateOption(args.options.end, "end");
    if (start === undefined) throw new UsageError("missing --start YYYY-MM-DD (the new plan's first day)");
    if (end === undefined) throw new UsageError("missing --end YYYY-MM-DD (the new plan's last day)");
    checkPeriod(start, end);
    const name = stringOption(args, "name")?.trim();
    const source = await XlsxGateway.open(input);
    const target = new XlsxGateway();
    const report = await rolloverWorkbook(source, target, { start, end, ...(name ? { name } : {}) });
    await saveNewWorkbook(target, output);
    io.stdout.write(`${rolloverSummary(report, output, start, end).join("\n")}\n`);
    return 0;
  },
};
