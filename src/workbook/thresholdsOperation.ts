/**
 * Write the thresholds a planner picked in the pane into Settings: only the Value cells of
 * "On track at" and "At risk at" that change are written (single cells, never the column, so
 * formulas such as "As of" = =TODAY() survive); a missing row is appended; a threshold cell
 * holding a formula is refused, naming it. One read; one write, or none when nothing changes.
 */
import type { RowAppend, WorkbookGateway, WriteBatch } from "./gateway";
import { WorkbookError } from "./gateway";
import type { Thresholds } from "../core/types";
import { SETTING_KEYS, thresholdRowsMissing, thresholdSettingWrites } from "./settings";
import { TableView } from "./tableView";
import { RUN_SET_UP } from "./messages";

export async function setThresholds(gateway: WorkbookGateway, thresholds: Thresholds): Promise<void> {
  if (!(thresholds.atRiskAt > 0 && thresholds.atRiskAt <= thresholds.onTrackAt)) {
    throw new WorkbookError(`"At risk at" (${thresholds.atRiskAt}) must be above 0 and not above "On track at" (${thresholds.onTrackAt}).`);
  }
  const snapshot = await gateway.read(["Settings"], { formulasOf: ["Settings"] });
  const table = snapshot.tables.Settings;
  if (!table) {
    throw new WorkbookError(`There is no table named "Settings" to keep the thresholds in. ${RUN_SET_UP}, or add a Settings table with Key and Value columns.`, "Settings");
  }
  const view = new TableView(table, "Settings");
  if (!view.has("Key") || !view.has("Value")) {
    throw new WorkbookError('The Settings table needs a "Key" and a "Value" column.', "Settings");
  }
  const missing = thresholdRowsMissing(table);
  const value = (key: string) => (key === SETTING_KEYS.onTrackAt ? thresholds.onTrackAt : thresholds.atRiskAt);
  const batch: WriteBatch = {};
  const cells = thresholdSettingWrites(table, thresholds);
  if (cells.length > 0) batch.cells = cells;
  if (missing.length > 0) {
    const append: RowAppend = {
      table: view.name,
      rows: missing.map((key) => ({ [view.headerAsWritten("Key")]: key, [view.headerAsWritten("Value")]: value(key) })),
    };
    batch.appends = [append];
  }
  if (batch.cells || batch.appends) await gateway.write(batch);
}
