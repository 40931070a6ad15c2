/**
 * The operations a user runs on a workbook and what of it the tool owns, shared by the
 * "nothing lost" property tests of each gateway.
 */
import { isoToSerial } from "../../src/core/dates";
import type { Thresholds } from "../../src/core/types";
import { WorkbookError, type WorkbookGateway } from "../../src/workbook/gateway";
import { PLAN_INPUT_TABLES } from "../../src/workbook/inputTables";
import { recalculateWorkbook } from "../../src/workbook/recalculate";
import { normalizeHeader } from "../../src/workbook/schema";
import { SETTING_KEYS } from "../../src/workbook/settings";
import { generateStatusSheet } from "../../src/workbook/statusSheet";
import { setThresholds } from "../../src/workbook/thresholdsOperation";
import { validateWorkbook } from "../../src/workbook/evaluate";
import { isComputedColumn } from "./randomWorkbook";

export const PROPERTY_SEED = Number(process.env.KPI_PROPERTY_SEED ?? 20261130);
export const WORKBOOKS_PER_RUN = Number(process.env.KPI_PROPERTY_RUNS ?? 30);

const PRESETS: Thresholds[] = [
  { onTrackAt: 0.9, atRiskAt: 0.7 },
  { onTrackAt: 1, atRiskAt: 0.8 },
  { onTrackAt: 0.95, atRiskAt: 0.6 },
];

/** Which operations wrote (a refusal in plain words writes nothing and is no failure here). */
export interface OperationsRun {
  wrote: string[];
  refused: string[];
}

/**
 * Recalculate, Validate, Status and a threshold change, each in its own batch as the pane runs
 * them. `run` gives each operation a gateway (a fresh Excel.run for the Office gateway).
 */
export async function runEveryOperation(
  run: <T>(operation: (gateway: WorkbookGateway) => Promise<T>) => Promise<T>,
  seed: number,
): Promise<OperationsRun> {
  const asOf = isoToSerial("2023-07-01") as number;
  const result: OperationsRun = { wrote: [], refused: [] };
  const attempt = async (name: string, operation: (gateway: WorkbookGateway) => Promise<unknown>) => {
    try {
      await run(operation);
      result.wrote.push(name);
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      result.refused.push(name);
    }
  };
  await attempt("recalculate", (gateway) => recalculateWorkbook(gateway, { asOf }));
  await attempt("validate", async (gateway) => validateWorkbook(await gateway.read([...PLAN_INPUT_TABLES])));
  await attempt("status", (gateway) => generateStatusSheet(gateway, { asOf, now: new Date(2023, 6, 5, 9, 0, 0) }));
  await attempt("thresholds", (gateway) => setThresholds(gateway, PRESETS[seed % PRESETS.length]));
  return result;
}

const THRESHOLD_KEYS = new Set([normalizeHeader(SETTING_KEYS.onTrackAt), normalizeHeader(SETTING_KEYS.atRiskAt)]);

/**
 * Whether the tool owns a body cell of a table: its computed columns, History rows it appended
 * (at or after `originalRows`), and the threshold values in Settings.
 */
export function ownsTableCell(table: string, header: string, bodyRow: number, originalRows: number, key: string): boolean {
  if (isComputedColumn(table, header)) return true;
  if (normalizeHeader(table) === "history" && bodyRow >= originalRows) return true;
  return normalizeHeader(table) === "settings" && normalizeHeader(header) === "value" && THRESHOLD_KEYS.has(normalizeHeader(key));
}
