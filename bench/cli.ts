/**
 * Command line cost on .xlsx files: each command against a bare exceljs read + write of the
 * same file, measured in the same run.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { XlsxGateway } from "../src/xlsx/xlsxGateway";
import type { TableSpec, WorkbookSnapshot } from "../src/workbook/gateway";
import { NUMBER_FORMATS, TABLES, type TableName } from "../src/workbook/schema";
import { round, timeMedianAsync } from "./timing";

export interface CliRow {
  plan: string;
  command: string;
  ms: number;
  bareExceljsMs: number;
  ratio: number;
}

const quiet = { write: () => undefined };

async function run(args: string[]): Promise<void> {
  const code = await main(args, { stdout: quiet, stderr: quiet });
  if (code !== 0) throw new Error(`kpi-tracker ${args.join(" ")} exited ${code}`);
}

/** Bare exceljs: read the file and write it back, nothing else. */
async function bareReadWrite(file: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  await workbook.xlsx.writeFile(out);
}

/** The generated plan as tables in an .xlsx file, as `template` would write them. */
export async function writePlanFile(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  const specs: TableSpec[] = Object.values(snapshot.tables).flatMap((data) => {
    if (!data) return [];
    const def = TABLES[data.name as TableName];
    const numberFormats = Object.fromEntries(def.columns.map((c) => [c.header, NUMBER_FORMATS[c.type]]));
    return [{ name: data.name, sheet: def.sheet, headers: data.headers, rows: data.rows, numberFormats }];
  });
  const gateway = new XlsxGateway();
  await gateway.createTables(specs);
  await gateway.save(file);
}

export async function benchCli(label: string, file: string | null, runs: number): Promise<CliRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-bench-"));
  try {
    const plan = file ?? path.join(dir, "plan.xlsx");
    if (!file) await run(["template", "-o", plan]);
    const rows: CliRow[] = [];
    const bare = round(await timeMedianAsync(() => bareReadWrite(plan, path.join(dir, "bare.xlsx")), runs));
    const measure = async (command: string, args: string[]) => {
      const ms = round(await timeMedianAsync(() => run(args), runs));
      rows.push({ plan: label, command, ms, bareExceljsMs: bare, ratio: round(ms / bare) });
    };
    if (!file) {
      await measure("template", ["template", "-o", path.join(dir, "t.xlsx"), "--force"]);
    }
    await measure("recalc", ["recalc", plan, "-o", path.join(dir, "r.xlsx"), "--force", "--as-of", "2023-07-01"]);
    await measure("status", ["status", plan, "-o", path.join(dir, "s.xlsx"), "--force", "--as-of", "2023-07-01"]);
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
