/** `kpi-tracker status FILE (-o OUT | --in-place) [--as-of YYYY-MM-DD]`: add a status sheet. */
import type { StatusSheetReport } from "../../workbook/addinApi";
import { generateStatusSheet } from "../../workbook/statusSheet";
import { asOfOption } from "../args";
import { UsageError } from "../io";
import { IN_PLACE_OPTION, OUTPUT_OPTIONS, REPORT_OPTIONS, onePositional, outputFile } from "../outputFiles";
import { terminalProgress } from "../progress";
import { updateWorkbook } from "../workbookUpdate";
import type { Command } from "./command";

export function statusSummary(report: StatusSheetReport, target: string): string {
  return `Wrote sheet "${report.sheetName}" with ${report.kpis} KPIs; History +${report.historyRows} rows (${target}).`;
}

export const statusCommand: Command = {
  name: "status",
  summary: "add a status sheet (rollups, KPIs needing attention, work-plan delivery) and log it in History",
  usage: "FILE (-o OUT | --in-place) [--as-of YYYY-MM-DD] [--json] [--quiet]",
  options: {
    ...OUTPUT_OPTIONS,
    ...IN_PLACE_OPTION,
    ...REPORT_OPTIONS,
    "as-of": { type: "string", valueName: "YYYY-MM-DD", description: "report on this date instead of Settings As of / today" },
  },
  async run(args, io) {
    const input = onePositional(args, "FILE (the workbook to report on)");
    const asOf = asOfOption(args.options["as-of"]);
    const inPlace = args.options["in-place"] === true;
    if (inPlace && args.options.output !== undefined) throw new UsageError("use either -o OUT or --in-place, not both");
    const output = inPlace ? input : outputFile(args, input);
    if (!output) throw new UsageError("missing -o OUT or --in-place (where to write the status sheet)");
    const progress = terminalProgress(io.stderr, args.options.quiet === true);
    const report = await updateWorkbook(input, output, (gateway) => generateStatusSheet(gateway, asOf === undefined ? {} : { asOf }), progress);
    if (args.options.json === true) io.stdout.write(`${JSON.stringify({ file: output, sheet: report.sheetName, kpis: report.kpis, historyRows: report.historyRows }, null, 2)}\n`);
    else io.stdout.write(`${statusSummary(report, output)}\n`);
    return 0;
  },
};
