/**
 * `kpi-tracker import plan.txt (-o plan.xlsx | --json)`: plan text copied from Word or PDF →
 * Plan rows. With -o it writes a new workbook: the bundled Settings, Members and RSP, Plan =
 * the imported rows, WorkPlan and Updates empty. Lines it could not place are warnings.
 */
import { promises as fs } from "fs";
import { parsePlanText } from "../../core/importer";
import { BUNDLED_PLAN } from "../../workbook/bundled";
import { bundleToTableSpecs } from "../../workbook/setup";
import { XlsxGateway } from "../../xlsx/xlsxGateway";
import { CliError, UsageError } from "../io";
import { OUTPUT_OPTIONS, onePositional, outputFile } from "../outputFiles";
import { saveNewWorkbook } from "../workbookUpdate";
import type { Command } from "./command";

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/** The text of a plan file: UTF-8 (with or without a byte-order mark) or UTF-16 from Notepad. */
export function planTextOf(file: string, bytes: Buffer): string {
  if (bytes.subarray(0, 2).equals(UTF16LE_BOM)) return bytes.subarray(2).toString("utf16le");
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new CliError(`${file} is a workbook or a Word file, not text; copy the plan's text into a .txt file and import that`);
  }
  if (bytes.includes(0)) throw new CliError(`${file} is not a text file; copy the plan's text into a .txt file and import that`);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: no such file`);
    if (code === "EISDIR") throw new CliError(`${file} is a folder, not a text file`);
    if (code === "EACCES" || code === "EPERM") throw new CliError(`cannot read ${file}: permission denied`);
    throw new CliError(`cannot read ${file} (${code ?? String(error)})`);
  }
  return planTextOf(file, bytes);
}

export const importCommand: Command = {
  name: "import",
  summary: "turn plan text copied from Word or PDF into Plan rows (a new workbook or JSON)",
  usage: "TEXTFILE (-o FILE [--force] | --json)",
  options: { ...OUTPUT_OPTIONS, json: { type: "boolean", description: "print {rows, unplaced} as JSON" } },
  async run(args, io) {
    const input = onePositional(args, "TEXTFILE (the plan text to import)");
    const json = args.options.json === true;
    const output = outputFile(args);
    if (!json && !output) throw new UsageError("missing -o FILE or --json (what to do with the imported rows)");
    const { rows, unplaced } = parsePlanText(await readText(input));
    if (rows.length === 0) {
      throw new CliError(
        `found no plan actions in ${input}; it should hold the plan table's text, e.g. "1-(a) Upon request, assist ..." lines with their KPIs and targets`
      );
    }
    if (json) io.stdout.write(`${JSON.stringify({ rows, unplaced }, null, 2)}\n`);
    if (output) {
      const gateway = new XlsxGateway();
      await gateway.createTables(bundleToTableSpecs({ ...BUNDLED_PLAN, plan: rows, workPlan: [], updates: [] }));
      await saveNewWorkbook(gateway, output);
      for (const line of unplaced) io.stderr.write(`warning: ${input} line ${line.line}: ${line.reason}: ${line.text}\n`);
      io.stdout.write(`Imported ${rows.length} Plan rows into ${output}${unplaced.length > 0 ? `; ${unplaced.length} lines not placed (listed above)` : ""}.\n`);
    }
    return 0;
  },
};
