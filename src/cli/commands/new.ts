/**
 * `kpi-tracker new -o plan.xlsx --name "…" --start … --end …`: an empty plan of the user's own
 * (DESIGN.md §5 "New plan"): the tables of §2 with its Settings, Members and RSP from CSV files
 * or empty, and empty Plan, WorkPlan, Updates and History.
 */
import { CsvError } from "../../core/csv";
import type { MemberRecord, RspRecord } from "../../core/records";
import { readMembersCsv, readRspCsv } from "../../core/referenceCsv";
import { newPlanBundle } from "../../workbook/newPlan";
import { bundleToTableSpecs } from "../../workbook/setup";
import { XlsxGateway } from "../../xlsx/xlsxGateway";
import type { OptionDefs, ParsedArgs } from "../args";
import { stringOption } from "../args";
import { CliError, UsageError } from "../io";
import { OUTPUT_OPTIONS, outputFile } from "../outputFiles";
import { saveNewWorkbook } from "../workbookUpdate";
import { dateOption, readText } from "../textFile";
import type { Command } from "./command";

export const PERIOD_OPTIONS: OptionDefs = {
  name: { type: "string", valueName: "TEXT", description: 'the plan\'s name, e.g. "Strategic Action Plan 2024-2026"' },
  start: { type: "string", valueName: "YYYY-MM-DD", description: "the plan's first day" },
  end: { type: "string", valueName: "YYYY-MM-DD", description: "the plan's last day" },
};

export const FISCAL_YEAR_OPTION: OptionDefs = {
  "fiscal-year-starts": { type: "string", valueName: "MONTH", description: "month the fiscal year starts, 1-12 or a name such as April (default July)" },
};

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "--fiscal-year-starts April" or "4" → 4; undefined when not given. */
export function fiscalMonthOption(args: ParsedArgs): number | undefined {
  const text = stringOption(args, "fiscal-year-starts")?.trim().toLowerCase();
  if (text === undefined) return undefined;
  const month = /^\d{1,2}$/.test(text) ? Number(text) : MONTH_NAMES.findIndex((name) => text.length >= 3 && name.startsWith(text.slice(0, 3)) && /^[a-z]+$/.test(text)) + 1;
  if (!(month >= 1 && month <= 12)) throw new UsageError(`--fiscal-year-starts "${text}" is not a month; expected 1-12 or a month name such as April`);
  return month;
}

export const REFERENCE_OPTIONS: OptionDefs = {
  members: { type: "string", valueName: "CSV", description: "Members from a CSV file with the headers Code, Name, Subregion" },
  rsp: { type: "string", valueName: "CSV", description: "RSP milestones from a CSV file with the headers Objective, Milestone, Description" },
};

/** "t1; t2;;t3" → ["t1", "t2", "t3"]. */
export function pillarTitles(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(";").map((title) => title.trim()).filter((title) => title !== "");
}

async function readCsvFile<T>(file: string | undefined, read: (text: string, name: string) => T[]): Promise<T[] | undefined> {
  if (file === undefined) return undefined;
  const text = await readText(file);
  try {
    return read(text, file);
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(error.message.startsWith(file) ? error.message : `${file} ${error.message}`);
    throw error;
  }
}

export async function referenceTables(args: ParsedArgs): Promise<{ members?: MemberRecord[]; rsp?: RspRecord[] }> {
  return {
    members: await readCsvFile(stringOption(args, "members"), readMembersCsv),
    rsp: await readCsvFile(stringOption(args, "rsp"), readRspCsv),
  };
}

/** Start and end checked: both real dates, end after start. */
export function checkPeriod(start: number, end: number): void {
  if (end <= start) throw new UsageError("--end must be after --start");
}

export const newCommand: Command = {
  name: "new",
  summary: "write an empty plan of your own (name, period, pillars; Members and RSP from CSV) as a new workbook",
  usage: '-o FILE --name "TEXT" --start YYYY-MM-DD --end YYYY-MM-DD [--pillars "T1;T2;…"] [--fiscal-year-starts MONTH] [--members CSV] [--rsp CSV] [--force]',
  options: {
    ...OUTPUT_OPTIONS,
    ...PERIOD_OPTIONS,
    pillars: { type: "string", valueName: '"T1;T2;…"', description: "pillar titles, pillar 1 first, separated by ;" },
    ...FISCAL_YEAR_OPTION,
    ...REFERENCE_OPTIONS,
  },
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    const file = outputFile(args);
    if (!file) throw new UsageError("missing -o FILE (where to write the workbook)");
    const name = stringOption(args, "name")?.trim();
    if (!name) throw new UsageError('missing --name "TEXT" (the plan\'s name)');
    const start = dateOption(args.options.start, "start");
    const end = dateOption(args.options.end, "end");
    if (start === undefined) throw new UsageError("missing --start YYYY-MM-DD (the plan's first day)");
    if (end === undefined) throw new UsageError("missing --end YYYY-MM-DD (the plan's last day)");
    checkPeriod(start, end);
    const { members, rsp } = await referenceTables(args);
    const fiscalYearStartMonth = fiscalMonthOption(args);
    const bundle = newPlanBundle({ name, start, end, pillars: pillarTitles(stringOption(args, "pillars")), members, rsp, fiscalYearStartMonth });
    const gateway = new XlsxGateway();
    await gateway.createTables(bundleToTableSpecs(bundle));
    await saveNewWorkbook(gateway, file);
    io.stdout.write(
      `Wrote ${file}: plan "${name}", ${bundle.members.length} Members, ${bundle.rsp.length} RSP milestones, ` +
        `${bundle.settings.filter((s) => s.key.startsWith("Pillar ")).length} pillars; Plan, WorkPlan and Updates are empty. ` +
        `Add Plan rows in Excel or run "kpi-tracker import".\n`
    );
    return 0;
  },
};
