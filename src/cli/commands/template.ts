/** `kpi-tracker template -o plan.xlsx`: the bundled SAP 2022-2024 as a new workbook of real tables. */
import { BUNDLED_PLAN } from "../../workbook/bundled";
import { bundleToTableSpecs } from "../../workbook/setup";
import { XlsxGateway } from "../../xlsx/xlsxGateway";
import { UsageError } from "../io";
import { OUTPUT_OPTIONS, outputFile } from "../outputFiles";
import { saveNewWorkbook } from "../workbookUpdate";
import type { Command } from "./command";

export const templateCommand: Command = {
  name: "template",
  summary: "write the bundled plan (SAP 2022-2024, AWP 2022-2023, 33 Members) as a new workbook",
  usage: "-o FILE [--force]",
  options: OUTPUT_OPTIONS,
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    const file = outputFile(args);
    if (!file) throw new UsageError("missing -o FILE (where to write the workbook)");
    const gateway = new XlsxGateway();
    const specs = bundleToTableSpecs(BUNDLED_PLAN);
    await gateway.createTables(specs);
    await saveNewWorkbook(gateway, file);
    const counts = specs.map((s) => `${s.name} ${s.rows.length}`).join(", ");
    io.stdout.write(`Wrote ${file}: tables ${counts} (rows). Run "kpi-tracker recalc ${file} --in-place" to fill the statuses.\n`);
    return 0;
  },
};
