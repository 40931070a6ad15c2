/** The workbook operations the task pane, the ribbon command and the command line call. */
export { PLAN_INPUT_TABLES } from "./inputTables";
export { evaluateWorkbook, evaluateInspection, validateWorkbook } from "./evaluate";
export type { EvaluateOptions } from "./evaluate";
export { inspectWorkbook } from "./validate";
export type { WorkbookInspection } from "./validate";
export { computedColumnWrites, recalculateWorkbook } from "./recalculate";
export { bundleToTableSpecs, setUpWorkbook } from "./setup";
export { importPlanIntoWorkbook } from "./importOperation";
export { setThresholds } from "./thresholdsOperation";
export { readSettings, defaultSettings, thresholdSettingWrites } from "./settings";
export { headlineStatus } from "./headlineStatus";
export { MeasureIndex } from "./measures";
export { TableView } from "./tableView";
