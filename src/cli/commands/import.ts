/**
 * `kpi-tracker import TEXTFILE (-o FILE | --json)`: a plan pasted as text (Word or Excel table,
 * CSV, PDF text, numbered prose) → a new workbook with its rows, its name, period and pillar
 * titles in Settings, and its unknown columns as user columns of Plan.
 */
import { parsePlanText } from "../../core/importer";
import { BUNDLED_PLAN } from "../../workbook/bundled";
import { describeSetting, importedPlanWorkbook, type ImportChoices } from "../../workbook/importOperation";
import { XlsxGateway } from "../../xlsx/xlsxGateway";
import { stringOption } from "../args";
import { CliError, count, UsageError } from "../io";
import { OUTPUT_OPTIONS, onePositional, outputFile } from "../outputFiles";
import { dateOption, readText } from "../textFile";
import { saveNewWorkbook } from "../workbookUpdate";
import type { Command } from "./command";
import { checkPeriod, FISCAL_YEAR_OPTION, fiscalMonthOption, PERIOD_OPTIONS, REFERENCE_OPTIONS, referenceTables } from "./new";

export { planTextOf } from "../textFile";

const NO_ROWS_HINT =
  'it should hold the plan table\'s text with a header row such as "No. | Action | Indicator | Target | Due date" ' +
  '(tabs, commas or "|" between cells), or numbered lines such as "1.1 Publish release times" followed by "Target: …"';

function choicesOf(args: Parameters<Command["run"]>[0]): ImportChoices {
  const name = stringOption(args, "name")?.trim();
  const start = dateOption(args.options.start, "start");
  const end = dateOption(args.options.end, "end");
  if (start !== undefined && end !== undefined) checkPeriod(start, end);
  return {
    ...(name ? { name: { value: name, source: "--name" } } : {}),
    ...(start !== undefined ? { start: { value: start, source: "--start" } } : {}),
    ...(end !== undefined ? { end: { value: end, source: "--end" } } : {}),
  };
}

export const importCommand: Command = {
  name: "import",
  summary: "turn a plan pasted as text (Word or Excel table, CSV, PDF text, numbered lines) into a new workbook or JSON",
  usage: 'TEXTFILE (-o FILE [--force] | --json) [--name "TEXT"] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--fiscal-year-starts MONTH] [--members CSV] [--rsp CSV] [--keep-members]',
  options: {
    ...OUTPUT_OPTIONS,
    json: { type: "boolean", description: "print what was read (rows, unplaced lines, settings, user columns) as JSON" },
    ...PERIOD_OPTIONS,
    ...FISCAL_YEAR_OPTION,
    ...REFERENCE_OPTIONS,
    "keep-members": { type: "boolean", description: "keep the bundled plan's Members and RSP (ROCB A/P's) instead of empty tables" },
  },
  async run(args, io) {
    const input = onePositional(args, "TEXTFILE (the plan text to import)");
    const json = args.options.json === true;
    const output = outputFile(args);
    if (!json && !output) throw new UsageError("missing -o FILE or --json (what to do with the imported rows)");
    const choices = choicesOf(args);
    const fiscalYearStartMonth = fiscalMonthOption(args);
    const parsed = parsePlanText(await readText(input), { fiscalStartMonth: fiscalYearStartMonth });
    if (parsed.rows.length === 0) throw new CliError(`found no plan actions in ${input}; ${NO_ROWS_HINT}`);
    const references = await referenceTables(args);
    const keep = args.options["keep-members"] === true;
    const workbook = importedPlanWorkbook(parsed, {
      ...choices,
      ...(fiscalYearStartMonth !== undefined ? { fiscalYearStartMonth } : {}),
      members: references.members ?? (keep ? BUNDLED_PLAN.members : []),
      rsp: references.rsp ?? (keep ? BUNDLED_PLAN.rsp : []),
    });
    if (json) {
      const { rows, unplaced, notes, userColumns, userCells, pillars } = parsed;
      io.stdout.write(`${JSON.stringify({ rows, unplaced, notes, userColumns, userCells, pillars, settings: workbook.settings }, null, 2)}\n`);
    }
    if (!output) return 0;
    if (workbook.missing.length > 0) {
      const flags = workbook.missing.map((key) => (key === "Plan start" ? "--start YYYY-MM-DD" : "--end YYYY-MM-DD")).join(" and ");
      throw new CliError(`${input} does not say when the plan ${workbook.missing.length > 1 ? "starts and ends" : workbook.missing[0] === "Plan start" ? "starts" : "ends"}; add ${flags}`);
    }
    checkPeriod(workbook.bundle.settings.find((s) => s.key === "Plan start")!.value as number, workbook.bundle.settings.find((s) => s.key === "Plan end")!.value as number);
    const gateway = new XlsxGateway();
    await gateway.createTables(workbook.specs);
    await saveNewWorkbook(gateway, output);
    for (const line of parsed.unplaced) io.stderr.write(`warning: ${input} line ${line.line}: ${line.reason}: ${line.text}\n`);
    const lines = [
      `Imported ${parsed.rows.length} Plan rows into ${output}${parsed.unplaced.length > 0 ? `; ${count(parsed.unplaced.length, "line")} not placed (listed above)` : ""}.`,
      `Settings: ${workbook.settings.map(describeSetting).join("; ")}.`,
    ];
    if (!workbook.settings.some((s) => s.key === "Plan name")) lines.push('Plan name: not in the text; set to "Action plan" (give --name to choose it).');
    if (parsed.userColumns.length > 0) lines.push(`User columns of Plan (columns the importer does not know, kept with their header): ${parsed.userColumns.join(", ")}.`);
    lines.push(`Members: ${workbook.bundle.members.length}, RSP milestones: ${workbook.bundle.rsp.length}${keep ? " (kept from the bundled plan, --keep-members)" : ""}.`);
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};
