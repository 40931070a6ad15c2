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
import type { Command } from "./command";

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${file}: no such file` : `cannot read ${file} (${code ?? String(error)})`);
  }
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
    if (json) io.stdout.write(`${JSON.stringify({ rows, unplaced }, null, 2)}\n`);
    if (output) {
      const gateway = new XlsxGateway();
      await gateway.createTables(bundleToTableSpecs({ ...BUNDLED_PLAN, plan: rows, workPlan: [], updates: [] }));
      await gateway.save(output);
      for (const line of unplaced) io.stderr.write(`warning: ${input} line ${line.line}: ${line.reason}: ${line.text}\n`);
      io.stdout.write(`Imported ${rows.length} Plan rows into ${output}${unplaced.length > 0 ? `; ${unplaced.length} lines not placed (listed above)` : ""}.\n`);
    }
    return 0;
  },
};
